import { noDerived, type TemplateDefinition } from '../model/definition.ts';
import { choice, req, text } from '../model/columns.ts';
import { knownBranch } from '../rules/coverage.ts';
import { duplicateRows } from '../rules/duplicates.ts';

/**
 * 党员名册: the denominator of every coverage check. Names only, on purpose: the
 * product never asks for 身份证号 or 手机号 of members, so no such column exists.
 */
const columns = [
  req(text('name', '姓名', { aliases: ['党员姓名', '名字'], width: 10 })),
  req(text('branch', '所在党支部', { aliases: ['所在支部', '党支部', '所属党支部'], width: 18 })),
  text('partyPost', '党内职务', { aliases: ['党内职务(如书记、委员)', '支部职务'], width: 12, hint: '如书记、副书记、委员，无则不填' }),
  // 反聘 is how source 000 itself writes it (“离退休后被单位反聘的人员”), so staff type it too.
  choice('category', '人员类别', [['在职', '在职人员', '在岗'], ['离退休返聘', '离退休反聘', '退休返聘', '返聘', '反聘']], { aliases: ['人员类型', '类别'], width: 12 }),
];

export const memberRoster = {
  id: 'member-roster',
  name: '党员名册',
  sheetName: '党员名册',
  version: 1,
  source: '本系统：承诺、点评、金点子等覆盖情况核对的基准',
  frequency: 'semiannual',
  instructions: [
    '党员名册是核对承诺践诺、书记点评、金点子等是否人人覆盖的依据，每名党员填写一行，不要重复。',
    '参加对象为全体在职人员，含离退休后被单位返聘的人员，在“人员类别”中选择。',
    '只填写姓名、所在党支部、党内职务和人员类别，不要填写身份证号码、手机号码等个人信息。',
    '姓名和党支部名称请与其他台账的写法保持一致。',
  ],
  columns,
  rowRules: [],
  sheetRules: [knownBranch('branch'), duplicateRows(columns, ['name', 'branch'])],
  derivedFields: [],
  derive: noDerived,
  defaults: {},
  provides: { roster: { name: 'name', branch: 'branch' } },
  example: [
    { name: '张三', branch: '第一党支部', partyPost: '书记', category: '在职' },
    { name: '李四', branch: '第一党支部', partyPost: null, category: '在职' },
  ],
} satisfies TemplateDefinition;

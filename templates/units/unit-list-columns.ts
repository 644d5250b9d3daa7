/** The unit list (单位名单) the office imports: one unit per row under this header. */
export const UNIT_LIST_COLUMNS = [
  { key: 'code', header: '单位编码', required: true, aliases: ['单位代码'] },
  { key: 'name', header: '单位名称', required: true, aliases: [] },
  { key: 'parentCode', header: '上级单位编码', required: false, aliases: ['上级单位代码'] },
  { key: 'members', header: '党员总数', required: false, aliases: [] },
  { key: 'teams', header: '内设团队数', required: false, aliases: [] },
  { key: 'branches', header: '党支部数', required: false, aliases: [] },
  { key: 'contactName', header: '联系人', required: false, aliases: ['联系人姓名'] },
  { key: 'contactPhone', header: '联系电话', required: false, aliases: ['联系人电话', '联系方式'] },
] as const;

export type UnitListKey = (typeof UNIT_LIST_COLUMNS)[number]['key'];
export const UNIT_LIST_SHEET = '单位名单';

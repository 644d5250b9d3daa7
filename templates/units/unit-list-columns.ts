/** The unit list (单位名单) the office imports: one unit per row under this header. */
export const UNIT_LIST_COLUMNS = [
  { key: 'code', header: '单位编码', required: true },
  { key: 'name', header: '单位名称', required: true },
  { key: 'parentCode', header: '上级单位编码', required: false },
  { key: 'members', header: '党员总数', required: false },
  { key: 'teams', header: '内设团队数', required: false },
  { key: 'branches', header: '党支部数', required: false },
] as const;

export type UnitListKey = (typeof UNIT_LIST_COLUMNS)[number]['key'];
export const UNIT_LIST_SHEET = '单位名单';

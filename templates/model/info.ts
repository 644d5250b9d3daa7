/** The 基本信息 block every template carries: who reports, for which period, when. */
export const INFO_FIELDS = [
  { key: 'unitName', label: '填报单位', aliases: ['单位名称', '报送单位', '填报单位(盖章)', '填报单位（盖章）'] },
  { key: 'unitCode', label: '单位编码', aliases: ['单位代码'] },
  { key: 'period', label: '报送期次', aliases: ['报送期间', '期次', '报送时段'] },
  { key: 'filler', label: '填报人', aliases: ['填表人', '经办人'] },
  { key: 'phone', label: '联系电话', aliases: ['电话', '手机'] },
  { key: 'fillDate', label: '填报日期', aliases: ['填表日期', '报送日期'] },
] as const;

export type InfoKey = (typeof INFO_FIELDS)[number]['key'];

export interface InfoBlock {
  unitName?: string;
  unitCode?: string;
  /** Normalised period code, e.g. 2026H1. */
  period?: string;
  filler?: string;
  phone?: string;
  /** 'YYYY-MM-DD'. */
  fillDate?: string;
  /** The file declares a nil return (本期无整改事项：是); only templates with `nilReturn` read it. */
  nilReturn?: true;
}

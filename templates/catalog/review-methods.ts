/** 点评方式 as listed in source 003 (“采取集中点评、个别点评、现场点评、随机点评等方式”), shared by 附件四 and 附件五. */
export const reviewMethods = [
  ['集中点评', '集中'],
  ['个别点评', '个别', '单独点评'],
  ['现场点评', '现场'],
  ['随机点评', '随机'],
] as const;

/** 附件四 and 附件五 are read together: both definitions put their columns on this one sheet. */
export const REVIEW_SHEET = { name: '点评情况汇总', title: '点评情况汇总' } as const;

import type { FlaggedObject, OverduePledge, OverdueRectification, Summary } from '../summary/schema.ts';
import type { Column, Table } from './write-summary-table.ts';
import { PERCENT } from './write-summary-rows.ts';

type Capped<T> = { items: T[]; total: number; cut: number };

const unit = <T extends { unitName: string; unitCode: string }>(): Column<T>[] => [
  { header: '单位', width: 24, value: (r) => r.unitName },
  { header: '单位编码', width: 12, value: (r) => r.unitCode },
];
const rowNo = <T extends { row: number }>(): Column<T> => ({ header: '原表行号', width: 9, numFmt: '0', value: (r) => r.row });
const text = <T>(header: string, width: number, get: (r: T) => string): Column<T> => ({ header, width, value: get });

function list<T>(name: string, title: string, subtitle: string, data: Capped<T>, columns: Column<T>[]): Table<T> {
  return {
    sheet: name, title, subtitle, columns,
    rows: data.items.map((d) => ({ data: d })),
    notes: [data.cut > 0 ? `共 ${data.total} 条，只列出前 ${data.items.length} 条；其余 ${data.cut} 条见“明细”工作表。` : `共 ${data.total} 条。`],
  };
}

export const overduePledgeSheet = (s: Summary, subtitle: string): Table<OverduePledge> =>
  list('逾期承诺清单', `${s.period.label}逾期承诺清单`, subtitle, s.overduePledges, [
    ...unit<OverduePledge>(),
    text('承诺单位或承诺人', 16, (r) => r.pledger),
    text('承诺主体', 9, (r) => r.subjectType),
    text('所在党支部', 16, (r) => r.branch),
    text('承诺事项', 40, (r) => r.pledge),
    text('完成时限', 12, (r) => r.deadline),
    { header: '完成情况', width: 10, alerts: [{ text: '未', argb: 'FFFFC7CE' }], value: (r) => r.status },
    rowNo<OverduePledge>(),
  ]);

export const flaggedSheet = (s: Summary, subtitle: string): Table<FlaggedObject> =>
  list('重点关注对象', `${s.period.label}群众评议重点关注对象`, subtitle, s.flaggedObjects, [
    ...unit<FlaggedObject>(),
    text('评议对象', 16, (r) => r.target),
    text('对象类别', 9, (r) => r.targetType),
    text('所在党支部', 16, (r) => r.branch),
    { header: '实参评人数', width: 11, numFmt: '0', value: (r) => r.participants },
    { header: '不满意', width: 8, numFmt: '0', value: (r) => r.dissatisfied },
    { header: '不满意占比', width: 11, numFmt: PERCENT, value: (r) => r.dissatisfiedShare },
    { header: '满意率', width: 10, numFmt: PERCENT, bar: true, value: (r) => r.satisfactionRate },
    rowNo<FlaggedObject>(),
  ]);

export const overdueRectificationSheet = (s: Summary, subtitle: string): Table<OverdueRectification> =>
  list('逾期整改清单', `${s.period.label}逾期整改清单`, subtitle, s.overdueRectifications, [
    ...unit<OverdueRectification>(),
    text('问题来源', 10, (r) => r.origin),
    text('问题描述', 40, (r) => r.problem),
    text('责任单位', 16, (r) => r.responsibleUnit),
    text('责任人', 10, (r) => r.responsiblePerson),
    text('整改时限', 12, (r) => r.deadline),
    text('整改状态', 10, (r) => r.status),
    rowNo<OverdueRectification>(),
  ]);

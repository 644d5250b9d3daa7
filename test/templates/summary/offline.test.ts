import { describe, expect, it } from 'vitest';
import { massEvaluation, pledgeLedger } from '../../../templates/catalog/index.ts';
import { periodRange } from '../../../templates/model/period.ts';
import { defaultDueDate, preferLater, unitOfFile, type SummaryUnit } from '../../../templates/summary/index.ts';

const units: SummaryUnit[] = [{ code: 'D2', name: '市财政局', parent: null, members: 12, teams: 3, branches: 2 }];

describe('offline consolidation helpers', () => {
  it('takes DOMAIN §2 default deadlines', () => {
    expect(['2026H1', '2026H2', '2026M02', '2026'].map((c) => defaultDueDate(periodRange(c)!))).toEqual(['2026-07-15', '2027-01-15', '2026-02-28', '2027-01-15']);
  });

  it('reads the unit from 基本信息, matched to the list by code or by name', () => {
    expect(unitOfFile({ unitCode: 'D2' }, 'x.xlsx', pledgeLedger, units)).toEqual({ code: 'D2', name: '市财政局', from: 'info' });
    expect(unitOfFile({ unitName: '市 财政局' }, 'x.xlsx', pledgeLedger, units)).toEqual({ code: 'D2', name: '市财政局', from: 'info' });
    expect(unitOfFile({ unitName: '市审计局' }, 'x.xlsx', pledgeLedger, units)).toEqual({ code: '市审计局', name: '市审计局', from: 'info' });
  });

  it('falls back to the file name without the template name, or to nothing', () => {
    expect(unitOfFile({}, '市财政局-群众评议情况统计表.xlsx', massEvaluation, units)).toEqual({ code: 'D2', name: '市财政局', from: 'file-name' });
    expect(unitOfFile({}, '【市审计局】承诺践诺台账(2026上半年).xlsx', pledgeLedger, [])).toEqual({ code: '市审计局', name: '市审计局', from: 'file-name' });
    expect(unitOfFile({}, '承诺践诺台账.xlsx', pledgeLedger, units)).toBeNull();
  });

  it('prefers a file that passed, then the later 填报日期, then the later name', () => {
    const f = (file: string, submittedAt: string, counted = true) => ({ file, submittedAt, counted });
    expect(preferLater(f('a', '2026-07-01'), f('b', '2026-06-01')).file).toBe('a');
    expect(preferLater(f('a', '2026-07-01', false), f('b', '2026-06-01')).file).toBe('b');
    expect(preferLater(f('a', '2026-07-01'), f('b', '2026-07-01')).file).toBe('b');
  });
});

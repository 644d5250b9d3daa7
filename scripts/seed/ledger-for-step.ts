import { templateById } from '../../templates/catalog/index.ts';
import type { TemplateDefinition } from '../../templates/model/definition.ts';
import type { Grid } from '../../templates/model/grid.ts';
import { periodRange } from '../../templates/model/period.ts';
import { ledgerGrid, ledgerWorkbook, type LedgerHeader } from './ledger-file.ts';
import { unitByCode } from './org.ts';
import type { SlotScript, Step } from './plan.ts';
import { seededRandom } from './random.ts';
import { ROW_GENERATORS } from './rows.ts';
import type { SeedRow } from './types.ts';

export type GeneratedLedger =
  | { kind: 'file'; def: TemplateDefinition; rows: SeedRow[]; fileName: string; bytes: Uint8Array }
  | { kind: 'grid'; def: TemplateDefinition; rows: SeedRow[]; grid: Grid };

/** The rows and 基本信息 of one planned upload; the same slot and step always give the same ledger. */
export function ledgerContent(slot: SlotScript, step: Extract<Step, { do: 'submit' }>, stepIndex: number): { def: TemplateDefinition; header: LedgerHeader; rows: SeedRow[]; name: string } {
  const def = templateById(slot.templateId)!;
  const unit = unitByCode(slot.unitCode);
  const period = periodRange(slot.period)!;
  const random = seededRandom(`${slot.unitCode}/${slot.templateId}/${slot.period}/${stepIndex}`);
  const rows = ROW_GENERATORS[slot.templateId]({ unit, period, fillDate: step.fillDate, variant: step.variant, random });
  // The 组织委员 (second member) keeps the ledgers; office numbers are invented.
  const header: LedgerHeader = {
    unitName: unit.name, unitCode: unit.code, period: slot.period,
    filler: unit.members[1]?.name ?? unit.members[0]!.name,
    phone: `0571-8705${String(1000 + unit.code.length * 97 + unit.name.length).slice(-4)}`,
    fillDate: step.fillDate,
  };
  return { def, header, rows, name: `${unit.name}-${def.name}-${period.label}.xlsx` };
}

export async function ledgerForStep(slot: SlotScript, step: Extract<Step, { do: 'submit' }>, stepIndex: number): Promise<GeneratedLedger> {
  const { def, header, rows, name } = ledgerContent(slot, step, stepIndex);
  return step.via === 'grid'
    ? { kind: 'grid', def, rows, grid: ledgerGrid(def, header, rows, name) }
    : { kind: 'file', def, rows, fileName: name, bytes: await ledgerWorkbook(def, header, rows) };
}

import type { TemplateDefinition } from '../model/definition.ts';
import type { InfoBlock } from '../model/info.ts';
import type { Issue } from '../model/issue.ts';

export interface NilReturnPlace {
  file?: string;
  sheet: string;
  /** 1-based header row: an empty ledger is reported just there. */
  headerRow: number;
  /** Where 基本信息 declares the nil return, when it does. */
  declaredAt?: { sheet: string; cell: string };
}

/**
 * An empty ledger is not a submission (DOMAIN "Nil returns"): no data rows is
 * an error unless the template allows a nil return and 基本信息 declares it.
 * A declaration beside data rows is ignored, with a warning. Rows that all
 * failed still are rows: their own errors say what is wrong.
 */
export function nilReturnCheck(
  def: TemplateDefinition, info: InfoBlock, dataRows: number, place: NilReturnPlace,
): { accepted: boolean; issue?: Issue } {
  const where = { ...(place.file ? { file: place.file } : {}), sheet: place.sheet };
  const label = def.nilReturn?.label;
  const declared = label !== undefined && info.nilReturn === true;
  if (dataRows === 0) {
    if (declared) return { accepted: true };
    return {
      accepted: false,
      issue: { severity: 'error', code: 'sheet/no-rows', ...where, row: place.headerRow, ...(label ? { params: { nilLabel: label } } : {}) },
    };
  }
  if (!declared) return { accepted: false };
  return {
    accepted: false,
    issue: {
      severity: 'warning', code: 'info/nil-ignored', ...where, ...(place.declaredAt ?? {}),
      column: { key: 'nilReturn', header: label }, params: { label, rows: dataRows },
    },
  };
}

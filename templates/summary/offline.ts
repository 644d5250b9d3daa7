import type { TemplateDefinition } from '../model/definition.ts';
import type { InfoBlock } from '../model/info.ts';
import type { PeriodRange } from '../model/period.ts';
import { defaultPeriodWindow } from '../model/period-defaults.ts';
import { nameKey } from '../rules/name-key.ts';
import type { SummaryUnit } from './types.ts';

/**
 * Pure helpers for consolidating e-mailed files without the service: which
 * unit a file is from, which of two files of one slot counts, when a period is due.
 */

export interface FileUnit {
  code: string;
  name: string;
  /** Where the unit was read: the file's 基本信息 or, failing that, its name. */
  from: 'info' | 'file-name';
}

/** The on-time deadline the service uses by default (DOMAIN §2), so a folder and an upload judge lateness alike. */
export function defaultDueDate(period: PeriodRange): string {
  return defaultPeriodWindow(period.code)?.due ?? period.end;
}

const SEPARATORS = /[\s_\-—–·.()（）[\]【】《》]+/g;
/** 2026上半年, 2026年下半年, 2026H1, 2026年度, 2026年7月: the period, not the unit. */
const PERIOD_TEXT = /(?:19|20)\d{2}\s*年?\s*(上半年|下半年|[Hh][12]|年度|\d{1,2}\s*月份?)?/g;

/**
 * The unit of a file: 单位编码 / 填报单位 of its 基本信息, matched against the
 * unit list when there is one; else the file name without the template's name
 * ("市统计局-承诺践诺台账.xlsx" → 市统计局). Null when neither says anything.
 */
export function unitOfFile(
  info: InfoBlock,
  fileName: string,
  def: Pick<TemplateDefinition, 'name' | 'sheetName'> | null,
  units: readonly SummaryUnit[],
): FileUnit | null {
  const byCode = (code: string) => units.find((u) => u.code === code);
  const byName = (name: string) => units.find((u) => nameKey(u.name) === nameKey(name));
  const fromList = (code?: string, name?: string): SummaryUnit | undefined =>
    (code ? byCode(code) : undefined) ?? (name ? byName(name) : undefined);

  if (info.unitCode || info.unitName) {
    const known = fromList(info.unitCode, info.unitName);
    const code = known?.code ?? info.unitCode ?? info.unitName!;
    return { code, name: known?.name ?? info.unitName ?? code, from: 'info' };
  }
  let stem = fileName.replace(/\.[^.]+$/, '');
  for (const t of def ? [def.name, def.sheetName] : []) stem = stem.split(t).join(' ');
  stem = stem.replace(PERIOD_TEXT, ' ').replace(SEPARATORS, ' ').trim();
  if (!stem) return null;
  const known = fromList(stem, stem);
  return { code: known?.code ?? stem, name: known?.name ?? stem, from: 'file-name' };
}

export interface Candidate {
  file: string;
  /** 'YYYY-MM-DD' (填报日期, else the file's date). */
  submittedAt: string;
  counted: boolean;
}

/**
 * Of two files for the same unit and ledger, the one that counts: a file
 * that passed beats one that did not (as in the service, where the latest
 * non-rejected version counts); then the later 填报日期; then the later name.
 */
export function preferLater<C extends Candidate>(a: C, b: C): C {
  if (a.counted !== b.counted) return a.counted ? a : b;
  if (a.submittedAt !== b.submittedAt) return a.submittedAt > b.submittedAt ? a : b;
  return a.file.localeCompare(b.file, 'zh') >= 0 ? a : b;
}

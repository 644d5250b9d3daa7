import { IDENTITY_PATTERN, type TemplateDefinition } from '../model/definition.ts';
import type { Grid, GridSheet } from '../model/grid.ts';
import type { Issue } from '../model/issue.ts';
import { findHeader, type HeaderMatch } from './find-header.ts';
import { SheetView } from './sheet-access.ts';

export interface Detection {
  def: TemplateDefinition;
  view: SheetView;
  header: HeaderMatch;
  detectedBy: 'identity' | 'headers' | 'expected';
  /** Version written in the file's identity, when there is one. */
  fileVersion?: number;
}

export type DetectResult = { ok: true; detection: Detection } | { ok: false; issue: Issue };

/** How many columns must match before a sheet is taken for a template on headers alone. */
const enough = (def: TemplateDefinition, h: HeaderMatch): boolean => {
  const required = def.columns.filter((c) => c.required).length;
  return h.columns.size >= Math.min(3, def.columns.length) && h.requiredFound * 2 >= required;
};

/** At least a third of the required columns: below that the file is not this template, only like it. */
const present = (def: TemplateDefinition, h: HeaderMatch): boolean =>
  h.requiredFound * 3 >= def.columns.filter((c) => c.required).length;

const rank = (def: TemplateDefinition, h: HeaderMatch): number => {
  const required = def.columns.filter((c) => c.required).length || 1;
  return h.requiredFound / required + h.columns.size / 1000;
};

function findMarker(sheet: GridSheet): { id: string; version: number } | null {
  const rows = sheet.values.slice(0, 10);
  for (const row of rows)
    for (const v of row.slice(0, 100)) {
      const m = typeof v === 'string' ? IDENTITY_PATTERN.exec(v.trim()) : null;
      if (m) return { id: m[1]!, version: Number(m[2]) };
    }
  return null;
}

function bestSheet(def: TemplateDefinition, views: SheetView[]): { view: SheetView; header: HeaderMatch } | null {
  let best: { view: SheetView; header: HeaderMatch } | null = null;
  for (const view of views) {
    const header = findHeader(view, def);
    if (header && (!best || rank(def, header) > rank(def, best.header))) best = { view, header };
  }
  return best;
}

/**
 * Finds which template a workbook holds and where: by the identity cell the
 * generated templates carry (it survives copying the sheet elsewhere), then by
 * the workbook's identity keyword, then by matching headers.
 */
export function detectTemplate(grid: Grid, catalog: readonly TemplateDefinition[], expectedId?: string): DetectResult {
  const views = grid.sheets.map((s) => new SheetView(s));
  const byId = (id: string) => catalog.find((d) => d.id === id);
  const expected = expectedId ? byId(expectedId) : undefined;
  const file = grid.source.kind === 'file' ? grid.source.name : undefined;
  let found: Detection | null = null;

  for (const view of views) {
    const marker = findMarker(view.sheet);
    const def = marker && byId(marker.id);
    const header = def && findHeader(view, def);
    if (def && header && header.columns.size > 0) {
      found = { def, view, header, detectedBy: 'identity', fileVersion: marker.version };
      break;
    }
  }
  const keyword = grid.identity ? /^TZT:([a-z][a-z0-9-]*)@(\d+)$/.exec(grid.identity) : null;
  const keywordDef = keyword ? byId(keyword[1]!) : undefined;
  if (!found && keywordDef) {
    const hit = bestSheet(keywordDef, views);
    if (hit && hit.header.columns.size > 0) found = { def: keywordDef, ...hit, detectedBy: 'identity', fileVersion: Number(keyword![2]) };
  }
  if (!found) {
    let bestRank = -1;
    for (const def of catalog) {
      const hit = bestSheet(def, views);
      if (hit && enough(def, hit.header) && rank(def, hit.header) > bestRank) {
        bestRank = rank(def, hit.header);
        found = { def, ...hit, detectedBy: 'headers' };
      }
    }
  }
  // An expected template is tried on its own headers before the file is called unrecognised,
  // but only if they are there in substance: 序号 and 备注 alone do not make an expense report a ledger.
  if (!found && expected) {
    const hit = bestSheet(expected, views);
    if (hit && hit.header.columns.size >= 2 && present(expected, hit.header)) found = { def: expected, ...hit, detectedBy: 'expected' };
  }

  if (found && expected && found.def.id !== expected.id) {
    return {
      ok: false,
      issue: {
        severity: 'error', code: 'template/mismatch', ...(file ? { file } : {}), sheet: found.view.sheet.name,
        params: { detected: found.def.name, detectedId: found.def.id, expectedName: expected.name, expectedId: expected.id },
      },
    };
  }
  if (found) return { ok: true, detection: found };
  const target = expected ?? closest(catalog, views);
  return {
    ok: false,
    issue: {
      severity: 'error', code: 'template/unknown', ...(file ? { file } : {}),
      ...(target
        ? { expected: target.columns.filter((c) => c.required).map((c) => c.header), params: { template: target.name } }
        : { expected: catalog.map((d) => d.name) }),
    },
  };
}

/** The template the file resembles most, for a helpful message; null when nothing matches at all. */
function closest(catalog: readonly TemplateDefinition[], views: SheetView[]): TemplateDefinition | null {
  let best: TemplateDefinition | null = null;
  let score = 0;
  for (const def of catalog) {
    const hit = bestSheet(def, views);
    if (hit && hit.header.columns.size > score) {
      score = hit.header.columns.size;
      best = def;
    }
  }
  return score >= 2 ? best : null;
}

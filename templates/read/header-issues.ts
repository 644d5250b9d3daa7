import type { TemplateDefinition } from '../model/definition.ts';
import type { Issue } from '../model/issue.ts';
import type { HeaderMatch } from './find-header.ts';
import { a1, type SheetView } from './sheet-access.ts';

/** Problems with the header row itself: required columns missing, a column twice, columns the template lacks. */
export function headerIssues(header: HeaderMatch, def: TemplateDefinition, view: SheetView, place: { file?: string; sheet: string }): Issue[] {
  const issues: Issue[] = [];
  const row = header.row + 1;
  for (const col of header.missing.filter((c) => c.required))
    issues.push({
      severity: 'error', code: 'header/missing', ...place, row,
      column: { key: col.key, header: col.header },
      ...(col.aliases?.length ? { expected: [col.header, ...col.aliases] } : {}),
    });
  for (const d of header.duplicates)
    issues.push({
      severity: 'error', code: 'header/duplicate', ...place, row, cell: a1(header.row, d.col),
      column: { key: d.def.key, header: d.def.header },
      value: view.value(header.row, d.col), params: { firstCell: a1(header.row, d.firstCol) },
    });
  for (const e of header.extra)
    issues.push({ severity: 'warning', code: 'header/extra', ...place, row, cell: a1(header.row, e.col), value: e.text, params: { template: def.name } });
  return issues;
}

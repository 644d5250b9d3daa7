import { packageBytes } from './writer/package.ts';

export interface ListColumn<L> {
  header: string;
  width: number;
  value: (line: L) => string | number;
}

/**
 * A one-sheet list the office prints and works down (归档清单, 催报名单): title,
 * subtitle, a header row, one bordered row per line; A4 landscape with the
 * header row and the first two (unit) columns repeated on every page. Text
 * stays text, never a formula (the streaming writer's rule).
 */
export function writeListWorkbook<L>(
  sheet: string, title: string, subtitle: string, columns: readonly ListColumn<L>[], lines: readonly L[], created: Date,
): Promise<Uint8Array> {
  return packageBytes(created, (pkg) => {
    const ws = pkg.sheet(sheet, { widths: columns.map((c) => c.width), frozen: { columns: 2, rows: 3 }, print: { rows: [3, 3], columns: [1, 2] } });
    const header = pkg.styles.id({ font: 'bold', fill: 'header', border: true, align: 'center' });
    const cell = pkg.styles.id({ border: true });
    ws.row([title], [pkg.styles.id({ font: 'title' })]);
    ws.row([subtitle]);
    ws.row(columns.map((c) => c.header), columns.map(() => header));
    for (const l of lines) ws.row(columns.map((c) => c.value(l)), columns.map(() => cell));
  });
}

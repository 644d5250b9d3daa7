import { packageBytes } from './writer/package.ts';
import { wrappedHeight } from './write-styles.ts';

export interface ListColumn<L> {
  header: string;
  width: number;
  value: (line: L) => string | number;
  /** Free text (a comment) that wraps in its cell, so a printed page keeps it inside its column. */
  wrap?: boolean;
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
    // Centred vertically, so a row grown for a wrapped comment still reads as one line across.
    const cell = pkg.styles.id({ border: true, align: { indent: 0 } });
    const wrapped = pkg.styles.id({ border: true, align: { indent: 0 }, wrap: true });
    ws.row([title], [pkg.styles.id({ font: 'title' })]);
    ws.row([subtitle]);
    ws.row(columns.map((c) => c.header), columns.map(() => header));
    const styles = columns.map((c) => (c.wrap ? wrapped : cell));
    const wrapping = columns.filter((c) => c.wrap);
    // Neither Excel nor LibreOffice grows a generated row to its wrapped text, so the row is sized here.
    const ONE_LINE = wrappedHeight('', 1);
    for (const l of lines) {
      const height = Math.max(ONE_LINE, ...wrapping.map((c) => wrappedHeight(String(c.value(l)), c.width)));
      ws.row(columns.map((c) => c.value(l)), styles, height > ONE_LINE ? height : undefined);
    }
  });
}

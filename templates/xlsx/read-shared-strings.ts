import { MAX_GRID_CELL_CHARS } from '../model/grid.ts';
import { MAX_ELEMENT_CHARS, ReadFailure } from './limits.ts';
import { detached, localName, nameEnd, richText } from './read-xml-text.ts';
import type { XmlScanner } from './read-xml-stream.ts';
import type { GridBudget } from './grid-budget.ts';

/**
 * Streams `sharedStrings.xml` into the string table. The table itself has to
 * be held (cells refer to it by index), but the part's XML never is; its
 * strings are charged to the grid budget. More strings than the cell cap
 * could ever reference is a hostile file.
 *
 * A string longer than Excel's cell cap is kept cut to MAX_GRID_CELL_CHARS, so
 * the cells using it are reported as too long. An item whose XML runs past
 * MAX_ELEMENT_CHARS is skipped as it streams by, never held: its index is
 * recorded in `overlong`, and the first cell that uses it refuses the file,
 * naming that cell.
 */
export class SharedStringsScanner implements XmlScanner {
  readonly strings: string[] = [];
  readonly overlong = new Set<number>();
  done = false;
  /** Closing tag of an over-long item being skipped. */
  private skipTo: string | undefined;

  constructor(private readonly budget: GridBudget) {}

  scan(text: string, final: boolean): number {
    let i = 0;
    if (this.skipTo !== undefined) {
      const close = text.indexOf(this.skipTo);
      if (close < 0) {
        if (final) throw new ReadFailure('file/corrupt', { reason: 'element-too-long', part: 'sharedStrings' });
        // Keep only what could be the start of the closing tag.
        return Math.max(0, text.length - this.skipTo.length + 1);
      }
      i = close + this.skipTo.length;
      this.skipTo = undefined;
    }
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) return text.length;
      const end = nameEnd(text, lt + 1);
      if (end >= text.length) return lt;
      const qname = text.slice(lt + 1, end);
      const gt = text.indexOf('>', end);
      if (gt < 0) return lt;
      if (localName(qname) !== 'si' || text.charCodeAt(lt + 1) === 47) {
        i = gt + 1;
        continue;
      }
      if (text.charCodeAt(gt - 1) === 47) {
        this.add('');
        i = gt + 1;
        continue;
      }
      const closeTag = `</${qname}>`;
      const close = text.indexOf(closeTag, gt + 1);
      // Judged on the item's length, complete or not, so the outcome does not depend on how the stream was cut.
      if ((close < 0 ? text.length : close) - lt > MAX_ELEMENT_CHARS) {
        this.overlong.add(this.strings.length);
        this.add('');
        if (close >= 0) {
          i = close + closeTag.length;
          continue;
        }
        if (final) throw new ReadFailure('file/corrupt', { reason: 'element-too-long', part: 'sharedStrings' });
        this.skipTo = closeTag;
        return Math.max(gt + 1, text.length - closeTag.length + 1);
      }
      if (close < 0) return lt;
      const s = richText(text.slice(gt + 1, close));
      this.add(detached(s.length > MAX_GRID_CELL_CHARS ? s.slice(0, MAX_GRID_CELL_CHARS) : s));
      i = close + closeTag.length;
    }
  }

  private add(s: string): void {
    const { maxCells } = this.budget.limits;
    if (this.strings.length >= maxCells) throw new ReadFailure('file/too-many-cells', { limit: maxCells, part: 'sharedStrings' });
    this.budget.addString(s);
    this.strings.push(s);
  }
}

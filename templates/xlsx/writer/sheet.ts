import { colName, escapeXml, NS_MAIN, NS_REL, rangeRef, XML_HEAD } from './xml.ts';

/** A cell as written: text (always as text, never a formula), a number, or nothing; `s` is a StyleBook id. */
export type CellValue = string | number | null;

export interface SheetOptions {
  /** Column widths in characters, first column first. */
  widths: readonly number[];
  /** Columns and rows kept in view when scrolling. */
  frozen?: { columns: number; rows: number };
  /** Print on A4 landscape, one page wide, repeating these rows (and columns) on every page. */
  print?: { rows?: [number, number]; columns?: [number, number] };
}

/**
 * Text that Excel or WPS could take for a formula when a user re-enters the
 * cell (=, +, -, @ and their full-width forms) is written as a rich-text run:
 * still an inline string, never a formula.
 */
const FORMULA_LIKE = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const FLUSH_AT = 1 << 16;
const EDGE_SPACE = /^\s|\s$/;

/**
 * About how many character widths fit across A4 landscape at a scale still
 * readable on paper (~65 %): a wider sheet (报送情况 with ten ledgers) spreads
 * over several pages, its unit columns repeated, rather than shrinking to one
 * unreadable page.
 */
const CHARS_PER_PAGE = 200;
export const pagesWide = (widths: readonly number[]): number => Math.max(1, Math.ceil(widths.reduce((a, w) => a + w, 0) / CHARS_PER_PAGE));

/**
 * One worksheet's XML, produced row by row into `out` (a zip entry): nothing
 * of a row is kept once it is written, so a sheet of any length costs the
 * memory of one chunk. Merges, the filter and conditional formats come after
 * the rows, as the schema orders them.
 */
export class SheetWriter {
  private buffer = '';
  private next = 1;
  private readonly letters: string[] = [''];
  private readonly merges: string[] = [];
  private readonly formats: string[] = [];
  private filter: string | null = null;
  private drawingRel: string | null = null;
  private done = false;

  constructor(readonly name: string, private readonly options: SheetOptions, private readonly out: (chunk: string, final: boolean) => void) {
    const { frozen, widths } = options;
    let head = `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
    if (options.print) head += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    head += '<sheetViews><sheetView workbookViewId="0">';
    if (frozen && (frozen.columns > 0 || frozen.rows > 0)) {
      const pane = frozen.columns > 0 && frozen.rows > 0 ? 'bottomRight' : frozen.rows > 0 ? 'bottomLeft' : 'topRight';
      head += `<pane${frozen.columns ? ` xSplit="${frozen.columns}"` : ''}${frozen.rows ? ` ySplit="${frozen.rows}"` : ''} topLeftCell="${colName(frozen.columns + 1)}${frozen.rows + 1}" activePane="${pane}" state="frozen"/>`;
      head += `<selection pane="${pane}" activeCell="${colName(frozen.columns + 1)}${frozen.rows + 1}" sqref="${colName(frozen.columns + 1)}${frozen.rows + 1}"/>`;
    }
    head += '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
    if (widths.length) head += `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
    this.buffer = `${head}<sheetData>`;
  }

  /** The row the next `row()` call writes (1-based). */
  get nextRow(): number {
    return this.next;
  }

  /** Writes one row; `styles[i]` styles cell i (0: default). Null cells with a style are written empty, so borders show. */
  row(values: readonly CellValue[], styles: readonly number[] = [], height?: number): number {
    const r = this.next++;
    let xml = height ? `<row r="${r}" ht="${height}" customHeight="1">` : `<row r="${r}">`;
    const n = Math.max(values.length, styles.length);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const s = styles[i] ?? 0;
      const ref = `${this.letter(i + 1)}${r}`;
      const style = s ? ` s="${s}"` : '';
      if (typeof v === 'number' && Number.isFinite(v)) xml += `<c r="${ref}"${style}><v>${v}</v></c>`;
      else if (typeof v === 'string' && v !== '') {
        // xml:space only where it matters: it would be a fifth of a detail sheet's bytes on every cell.
        const t = `<t${EDGE_SPACE.test(v) ? ' xml:space="preserve"' : ''}>${escapeXml(v)}</t>`;
        xml += FORMULA_LIKE.test(v) ? `<c r="${ref}"${style} t="inlineStr"><is><r>${t}</r></is></c>` : `<c r="${ref}"${style} t="inlineStr"><is>${t}</is></c>`;
      } else if (s) xml += `<c r="${ref}"${style}/>`;
    }
    this.buffer += `${xml}</row>`;
    if (this.buffer.length >= FLUSH_AT) this.flush(false);
    return r;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2) this.merges.push(rangeRef(r1, c1, r2, c2));
  }

  autoFilter(ref: string): void {
    this.filter = ref;
  }

  get filterRef(): string | null {
    return this.filter;
  }

  /** What to repeat on every printed page, as absolute references ($1:$4, $A:$B). */
  printTitles(): string[] | null {
    const p = this.options.print;
    if (!p || (!p.rows && !p.columns)) return null;
    const out: string[] = [];
    if (p.columns) out.push(`$${colName(p.columns[0])}:$${colName(p.columns[1])}`);
    if (p.rows) out.push(`$${p.rows[0]}:$${p.rows[1]}`);
    return out;
  }

  /** The relationship id of the sheet's drawing (its charts), written at the end of the sheet. */
  drawing(rId: string): void {
    if (this.done) throw new Error(`xlsx writer: sheet ${this.name} already finished`);
    this.drawingRel = rId;
  }

  /** A `<conditionalFormatting>` element (built by conditional.ts). */
  conditional(xml: string): void {
    this.formats.push(xml);
  }

  finish(): void {
    if (this.done) return;
    this.done = true;
    let tail = '</sheetData>';
    if (this.filter) tail += `<autoFilter ref="${this.filter}"/>`;
    if (this.merges.length) tail += `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
    tail += this.formats.join('');
    tail += '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    if (this.options.print) {
      tail += `<pageSetup paperSize="9" orientation="landscape" fitToWidth="${pagesWide(this.options.widths)}" fitToHeight="0"/>`;
      // Filed reports are loose pages: each says which sheet it is and where it stands (the title rows repeat the period).
      tail += '<headerFooter><oddHeader>&amp;L&amp;A</oddHeader><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>';
    }
    if (this.drawingRel) tail += `<drawing r:id="${this.drawingRel}"/>`;
    this.buffer += `${tail}</worksheet>`;
    this.flush(true);
  }

  private letter(c: number): string {
    return (this.letters[c] ??= colName(c));
  }

  private flush(final: boolean): void {
    this.out(this.buffer, final);
    this.buffer = '';
  }
}

import { escapeXml, NS_MAIN, XML_HEAD } from './xml.ts';

/**
 * The few looks a generated report needs, registered as they are used: a
 * style is a key into the workbook's cell formats (cellXfs), written once at
 * the end. Fonts name a CJK face WPS and Excel both ship.
 */
export const FONT_NAME = '宋体';
export type FontKind = 'body' | 'bold' | 'title';
export type FillKind = 'header' | 'total';

export interface CellStyle {
  font?: FontKind;
  fill?: FillKind;
  border?: boolean;
  /** A number format code ('0', '0.0%', 'yyyy-mm-dd'). */
  numFmt?: string;
  align?: 'center' | { indent: number };
  /** Long text (comments) wraps inside its column instead of running over the next when printed. */
  wrap?: boolean;
}

const FONTS: Record<FontKind, string> = {
  body: `<font><sz val="11"/><name val="${FONT_NAME}"/><charset val="134"/></font>`,
  bold: `<font><b/><sz val="11"/><name val="${FONT_NAME}"/><charset val="134"/></font>`,
  title: `<font><b/><sz val="16"/><name val="${FONT_NAME}"/><charset val="134"/></font>`,
};
const FONT_ORDER: FontKind[] = ['body', 'bold', 'title'];
const FILL_RGB: Record<FillKind, string> = { header: 'FFDDEBF7', total: 'FFF2F2F2' };
const FILL_ORDER: FillKind[] = ['header', 'total'];
/** Excel's built-in format ids for the codes we use that have one. */
const BUILTIN_FMT: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10 };

export class StyleBook {
  private readonly xfs = new Map<string, number>([['{}', 0]]);
  private readonly list: CellStyle[] = [{}];
  private readonly formats = new Map<string, number>();
  private readonly dxfs: string[] = [];
  private readonly dxfIds = new Map<string, number>();

  /** The cellXfs index of a style (0 is the default). */
  id(style: CellStyle): number {
    const key = JSON.stringify(style);
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(style);
      this.xfs.set(key, id);
    }
    return id;
  }

  /** A differential format filling the cell (conditional formatting), by ARGB colour. */
  fillDxf(argb: string): number {
    let id = this.dxfIds.get(argb);
    if (id === undefined) {
      id = this.dxfs.length;
      this.dxfs.push(`<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`);
      this.dxfIds.set(argb, id);
    }
    return id;
  }

  private fmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtin = BUILTIN_FMT[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  toXml(): string {
    const xfs = this.list.map((s) => {
      const font = FONT_ORDER.indexOf(s.font ?? 'body');
      const fill = s.fill ? 2 + FILL_ORDER.indexOf(s.fill) : 0;
      const border = s.border ? 1 : 0;
      const fmt = this.fmtId(s.numFmt);
      const attrs = `numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${fmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}`;
      if (!s.align && !s.wrap) return `<xf ${attrs}/>`;
      const align = s.align === 'center' ? '<alignment horizontal="center" vertical="center" wrapText="1"/>'
        : s.align ? `<alignment vertical="center" indent="${s.align.indent}"${s.wrap ? ' wrapText="1"' : ''}/>`
          : '<alignment vertical="top" wrapText="1"/>';
      return `<xf ${attrs} applyAlignment="1">${align}</xf>`;
    });
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', ...FILL_ORDER.map((f) => `<fill><patternFill patternType="solid"><fgColor rgb="${FILL_RGB[f]}"/><bgColor indexed="64"/></patternFill></fill>`)];
    const thin = '<color rgb="FF808080"/>';
    const borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>', `<border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`];
    return `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">`
      + (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '')
      + `<fonts count="${FONT_ORDER.length}">${FONT_ORDER.map((f) => FONTS[f]).join('')}</fonts>`
      + `<fills count="${fills.length}">${fills.join('')}</fills>`
      + `<borders count="${borders.length}">${borders.join('')}</borders>`
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
      + `<dxfs count="${this.dxfs.length}">${this.dxfs.join('')}</dxfs>`
      + '</styleSheet>';
  }
}

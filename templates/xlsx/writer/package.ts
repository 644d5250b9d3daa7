import { chartXml, type ChartSpec } from './chart.ts';
import { drawingXml, REL_CHART, REL_DRAWING, relsXml, type Anchor } from './drawing.ts';
import { SheetWriter, type SheetOptions } from './sheet.ts';
import { StyleBook } from './styles.ts';
import { escapeXml, NS_MAIN, NS_REL, sheetRef, XML_HEAD } from './xml.ts';
import { ZipWriter } from './zip-stream.ts';

export interface PackageOptions {
  creator: string;
  created: Date;
}

interface Entry {
  name: string;
  path: string;
  writer: SheetWriter;
  /** Position among the workbook's tabs (may differ from the order sheets are written in). */
  tab: number;
}

const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** A chart and where it sits on its sheet. */
export type PlacedChart = Anchor & { chart: ChartSpec };

/**
 * A streaming .xlsx: sheets are deflated into the zip as their rows arrive
 * and the zip's bytes go to `sink` as they are produced; the workbook parts
 * that list the sheets and styles are written last. Sheets written one after
 * another stream with the least memory (the zip holds back a later entry's
 * output until the earlier ones end).
 */
export class XlsxPackage {
  readonly styles = new StyleBook();
  private readonly zip: ZipWriter;
  private readonly entries: Entry[] = [];
  /** Drawing and chart parts, for [Content_Types].xml. */
  private readonly parts: { path: string; type: string }[] = [];
  private tabs = 0;

  constructor(sink: (chunk: Uint8Array) => void, private readonly options: PackageOptions) {
    this.zip = new ZipWriter(sink, options.created);
  }

  /** Holds a tab position for a sheet written later (an index whose contents are known only at the end). */
  reserveTab(): number {
    return this.tabs++;
  }

  sheet(name: string, options: SheetOptions, tab: number = this.reserveTab()): SheetWriter {
    const path = `xl/worksheets/sheet${this.entries.length + 1}.xml`;
    const file = this.zip.entry(path);
    const writer = new SheetWriter(name, options, (chunk, final) => file.push(chunk, final));
    this.entries.push({ name, path, writer, tab });
    return writer;
  }

  /**
   * Native charts on a sheet not yet finished: the chart parts, the sheet's
   * drawing and the relationships between them are written now (they are
   * small), and the sheet ends with its `<drawing>` element.
   */
  charts(ws: SheetWriter, placed: readonly PlacedChart[]): void {
    if (placed.length === 0) return;
    const sheet = this.entries.find((e) => e.writer === ws);
    if (!sheet) throw new Error(`xlsx writer: sheet ${ws.name} is not in this package`);
    const drawing = `xl/drawings/drawing${this.parts.filter((p) => p.type === CT_DRAWING).length + 1}.xml`;
    const first = this.parts.filter((p) => p.type === CT_CHART).length + 1;
    const charts = placed.map((_, i) => `xl/charts/chart${first + i}.xml`);
    const put = (path: string, xml: string) => this.zip.entry(path).push(xml, true);
    placed.forEach((p, i) => put(charts[i]!, chartXml(p.chart)));
    put(drawing, drawingXml(placed, placed.map((p) => p.chart.title)));
    put(relsPath(drawing), relsXml(REL_CHART, charts.map((c) => `../${c.slice(3)}`)));
    put(relsPath(sheet.path), relsXml(REL_DRAWING, [`../${drawing.slice(3)}`]));
    this.parts.push({ path: drawing, type: CT_DRAWING }, ...charts.map((path) => ({ path, type: CT_CHART })));
    ws.drawing('rId1');
  }

  /** Ends open sheets, writes the workbook parts, and resolves when the last byte has gone to the sink. */
  async finish(): Promise<void> {
    for (const e of this.entries) e.writer.finish();
    const put = (path: string, xml: string) => this.zip.entry(path).push(xml, true);
    put('xl/styles.xml', this.styles.toXml());
    put('xl/workbook.xml', this.workbookXml());
    put('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.entries
      .map((e, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="${e.path.slice(3)}"/>`)
      .join('')}<Relationship Id="rId${this.entries.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`);
    put('docProps/core.xml', this.coreXml());
    put('_rels/.rels', `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
    put('[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>${this.entries
      .map((e) => `<Override PartName="/${e.path}" ContentType="${CT_SHEET}"/>`)
      .join('')}${this.parts.map((p) => `<Override PartName="/${p.path}" ContentType="${p.type}"/>`).join('')}</Types>`);
    return this.zip.end();
  }

  /** Sheets in order, with the names Excel itself keeps for a sheet's filter and print titles. */
  private workbookXml(): string {
    const names: string[] = [];
    // Relationship ids follow the written order; tabs (and localSheetId) the tab order.
    const tabs = this.entries.map((e, i) => ({ ...e, rel: `rId${i + 1}` })).sort((a, b) => a.tab - b.tab);
    tabs.forEach((e, i) => {
      const ref = sheetRef(e.name);
      const filter = e.writer.filterRef;
      if (filter) names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${ref}!${absolute(filter)}`)}</definedName>`);
      const titles = e.writer.printTitles();
      if (titles) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(titles.map((t) => `${ref}!${t}`).join(','))}</definedName>`);
    });
    return `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>${tabs
      .map((e, i) => `<sheet name="${escapeXml(e.name)}" sheetId="${i + 1}" r:id="${e.rel}"/>`)
      .join('')}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}</workbook>`;
  }

  private coreXml(): string {
    const at = this.options.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const who = escapeXml(this.options.creator);
    return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${who}</dc:creator><cp:lastModifiedBy>${who}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
  }
}

/** xl/drawings/drawing1.xml → xl/drawings/_rels/drawing1.xml.rels */
const relsPath = (path: string): string => path.replace(/([^/]+)$/, '_rels/$1.rels');

/** A4:P11 → $A$4:$P$11. */
export const absolute = (ref: string): string => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/** A package written whole into memory (for callers that answer with one buffer). */
export async function packageBytes(created: Date, write: (pkg: XlsxPackage) => void | Promise<void>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const pkg = new XlsxPackage((c) => chunks.push(c), { creator: '台账通', created });
  await write(pkg);
  await pkg.finish();
  return concatChunks(chunks);
}

export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

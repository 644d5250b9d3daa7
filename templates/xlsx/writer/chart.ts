import { escapeXml, XML_HEAD } from './xml.ts';

/**
 * A native chart part (xl/charts/chartN.xml, DrawingML c:chartSpace): a
 * clustered or stacked bar or column chart whose series reference the sheet's cells
 * (c:strRef / c:numRef) and carry a cache of their values, so Excel, WPS and
 * LibreOffice draw it on opening without recalculating anything.
 */

export interface ChartSeries {
  /** The series name and the header cell it comes from ('Sheet'!$M$4). */
  name: string;
  nameRef: string;
  /** The plotted cells ('Sheet'!$M$5:$M$20) and their values, null for an empty cell. */
  ref: string;
  values: readonly (number | null)[];
}

export interface ChartSpec {
  /** bar: horizontal bars, one per category; column: vertical columns. */
  type: 'bar' | 'column';
  /** One bar per category made of the series, one on top of the other. */
  stacked?: boolean;
  title: string;
  categories: { ref: string; labels: readonly string[] };
  series: readonly ChartSeries[];
  /** Number format of the values ('0.0%' shows rates); the value axis then runs from 0 to 100%. */
  format: string;
  /** The first category at the top, as the table's rows read (bar charts). */
  topDown?: boolean;
  /** Each bar labelled with its value. */
  labels?: boolean;
  /**
   * The chart's size in points. A bar chart then lays its plot area out
   * itself: title and axis keep a fixed band however tall the chart grows
   * (left to themselves, renderers give them a share of the height).
   */
  size?: { width: number; height: number };
}

/** Office's default series colours, in order: the charts look like the ones the add-in has Excel draw. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const CAT_AXIS = 500001;
const VAL_AXIS = 500002;
const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const text = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${bold ? ' b="1"' : ''}/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

const strCache = (labels: readonly string[]) =>
  `<c:strCache><c:ptCount val="${labels.length}"/>${labels.map((l, i) => `<c:pt idx="${i}"><c:v>${escapeXml(l)}</c:v></c:pt>`).join('')}</c:strCache>`;

const numCache = (values: readonly (number | null)[], format: string) =>
  `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('')}</c:numCache>`;

function seriesXml(s: ChartSeries, i: number, spec: ChartSpec): string {
  const labels = spec.labels
    ? `<c:dLbls><c:numFmt formatCode="${escapeXml(spec.format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(800)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    : '';
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${labels}<c:cat><c:strRef><c:f>${escapeXml(spec.categories.ref)}</c:f>${strCache(spec.categories.labels)}</c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(s.ref)}</c:f>${numCache(s.values, spec.format)}</c:numRef></c:val></c:ser>`;
}

/** About how wide a label is at 9 pt: a CJK or full-width character is square, others half that. */
const labelPoints = (label: string): number => [...label].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 9 : 5), 0);

const TITLE_BAND = 30;
const AXIS_BAND = 20;
const LEGEND_BAND = 20;
const VALUE_LABEL = 36;

const fraction = (n: number) => Math.min(1, Math.max(0, n)).toFixed(4);

/** The title centred in the top band (12 pt). */
function titleLayout(spec: ChartSpec, size: { width: number; height: number }): string {
  const width = (labelPoints(spec.title) * 12) / 9;
  return `<c:layout><c:manualLayout><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${fraction((size.width - width) / 2 / size.width)}"/><c:y val="${fraction(8 / size.height)}"/></c:manualLayout></c:layout>`;
}

/** The plot area (bars only, without axis labels) inside the chart, as fractions of its size. */
function plotLayout(spec: ChartSpec, size: { width: number; height: number }): string {
  const left = Math.max(...spec.categories.labels.map(labelPoints), 20) + 12;
  const right = spec.labels ? VALUE_LABEL : 12;
  const bottom = AXIS_BAND + (spec.series.length > 1 ? LEGEND_BAND : 0);
  return `<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${fraction(left / size.width)}"/><c:y val="${fraction(TITLE_BAND / size.height)}"/><c:w val="${fraction((size.width - left - right) / size.width)}"/><c:h val="${fraction((size.height - TITLE_BAND - bottom) / size.height)}"/></c:manualLayout></c:layout>`;
}

export function chartXml(spec: ChartSpec): string {
  const percent = spec.format.endsWith('%');
  // Rates run 0–100%, unless a rate above 1 (more attended than expected) needs room.
  const top = percent && !spec.stacked && spec.series.every((s) => s.values.every((v) => v === null || v <= 1)) ? '<c:max val="1"/>' : '';
  const bar = spec.type === 'bar';
  const laidOut = bar ? spec.size : undefined;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>${laidOut ? titleLayout(spec, laidOut) : ''}<c:overlay val="0"/></c:title>`;
  const catAx = `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${spec.topDown ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  // With the categories top down the value axis would sit on top; crossing at the last category keeps it at the bottom.
  const valAx = `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/>${top}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${percent ? '0%' : '0'}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${spec.topDown ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  const legend = spec.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(900)}</c:legend>` : '';
  return `${XML_HEAD}<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea>${laidOut ? plotLayout(spec, laidOut) : '<c:layout/>'}<c:barChart><c:barDir val="${spec.type}"/><c:grouping val="${spec.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${spec.series
    .map((s, i) => seriesXml(s, i, spec))
    .join('')}<c:gapWidth val="${bar ? 40 : 80}"/>${spec.stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>${catAx}${valAx}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr></c:chartSpace>`;
}

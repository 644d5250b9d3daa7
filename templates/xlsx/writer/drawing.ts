import { escapeXml, XML_HEAD } from './xml.ts';

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): one two-cell anchor per
 * chart, so a chart moves and grows with the cells it covers, each a graphic
 * frame pointing at its chart part through the drawing's relationships.
 */

/** Corners as 0-based column and row indexes: `from` is the top-left cell, `to` the cell just past the bottom-right corner. */
export interface Anchor {
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_CHART = `${NS_R}/chart`;
export const REL_DRAWING = `${NS_R}/drawing`;

const corner = (tag: 'from' | 'to', c: { col: number; row: number }) =>
  `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** `anchors[i]` shows the chart of relationship rId{i+1}, named `names[i]` in the selection pane. */
export function drawingXml(anchors: readonly Anchor[], names: readonly string[]): string {
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors
    .map(
      (a, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${corner('from', a.from)}${corner('to', a.to)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(names[i] ?? `图表 ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('')}</xdr:wsDr>`;
}

/** A part's relationships: `targets[i]` (relative to the part's folder) as rId{i+1}. */
export const relsXml = (type: string, targets: readonly string[]): string =>
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${t}"/>`)
    .join('')}</Relationships>`;

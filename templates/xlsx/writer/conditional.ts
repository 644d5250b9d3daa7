import { escapeXml } from './xml.ts';

/** Conditional formats a report uses, each as its own `<conditionalFormatting>` element over `ref`. */

/** A data bar from 0 to 1 (rates). */
export const dataBar = (ref: string, priority: number, argb: string): string =>
  `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${argb}"/></dataBar></cfRule></conditionalFormatting>`;

/**
 * Fill cells containing `text`: an expression rule rather than containsText,
 * whose text attribute some writers drop and Excel expects.
 */
export const containsText = (ref: string, firstCell: string, text: string, priority: number, dxfId: number): string =>
  `<conditionalFormatting sqref="${ref}"><cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><formula>${escapeXml(`NOT(ISERROR(SEARCH("${text}",${firstCell})))`)}</formula></cfRule></conditionalFormatting>`;

/** Fill numbers above 0 (逾期, 未报, 重点关注). */
export const abovePositive = (ref: string, priority: number, dxfId: number): string =>
  `<conditionalFormatting sqref="${ref}"><cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>`;

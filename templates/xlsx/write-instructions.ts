import type { Workbook, Worksheet } from 'exceljs';
import type { TemplateDefinition } from '../model/definition.ts';
import { LAYOUT, headerText, INFO_FIELDS } from './sheet-layout.ts';
import { deadlineText, fillHint, optionsText, typeLabel } from './write-column-text.ts';
import { align, fills, fonts, thinBox, wrappedHeight } from './write-styles.ts';

/** 列名, 是否必填, 类型/格式, 可选值, 填写要求. */
const TABLE_HEADERS = ['列名', '是否必填', '类型/格式', '可选值', '填写要求'] as const;
const WIDTHS = [20, 10, 22, 30, 56] as const;
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);

/** Writes the 填报说明 sheet: how to fill the data sheet, in plain Chinese, generated from the definition. */
export function writeInstructions(wb: Workbook, def: TemplateDefinition): Worksheet {
  const ws = wb.addWorksheet(LAYOUT.instructionsSheetName, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const out = new Lines(ws);

  out.title(`${def.name}填报说明`);
  out.heading('一、填报要求');
  def.instructions.forEach((p, i) => out.paragraph(`${i + 1}. ${p}`));
  out.paragraph(`${def.instructions.length + 1}. 在“${def.sheetName}”工作表填写：第${LAYOUT.infoRows[0]}～${LAYOUT.infoRows[1]}行填写基本信息（${INFO_FIELDS.map((f) => f.label).join('、')}），从第${LAYOUT.firstDataRow}行起每行填写一条记录。`);
  out.paragraph(`${def.instructions.length + 2}. 列名带“*”的为必填项；带下拉箭头的单元格请从下拉列表中选择，不要自行输入其他写法。`);

  out.heading('二、各列填写要求');
  out.tableHeader(TABLE_HEADERS);
  for (const col of def.columns) {
    out.tableRow([headerText(col), col.required ? '是' : '否', typeLabel(col), optionsText(col) || '—', fillHint(col)]);
  }

  const rules = [...def.rowRules, ...def.sheetRules].map((r) => r.describe);
  if (rules.length > 0) {
    out.heading('三、校验规则');
    rules.forEach((r, i) => out.paragraph(`${i + 1}. ${r}`));
  }

  out.heading(`${rules.length > 0 ? '四' : '三'}、报送时间`);
  out.paragraph(deadlineText(def.frequency));

  out.heading(`${rules.length > 0 ? '五' : '四'}、注意事项`);
  out.paragraph(`1. 模板版本 v${def.version}（${def.source}）。请使用最新下发的模板填报。`);
  out.paragraph(`2. 请勿修改工作表“${def.sheetName}”的名称和列名，请勿插入、删除或移动列。`);
  out.paragraph('3. 数据表右侧有一列隐藏的模板标识，请勿删除或修改，否则系统可能无法识别本表。');
  out.paragraph('4. 请勿在数据区域末尾添加“合计”行，汇总由系统自动完成。');
  return ws;
}

/** Appends rows top to bottom; paragraphs span the whole table width. */
class Lines {
  private row = 0;
  constructor(private readonly ws: Worksheet) {}

  title(text: string): void {
    const cell = this.merged(text, 34);
    cell.font = fonts.title;
    cell.alignment = align.center;
  }

  heading(text: string): void {
    this.row++;
    const cell = this.merged(text, 22);
    cell.font = fonts.heading;
    cell.alignment = align.left;
  }

  paragraph(text: string): void {
    const cell = this.merged(text, wrappedHeight(text, TOTAL_WIDTH - 2));
    cell.font = fonts.body;
    cell.alignment = align.topLeft;
  }

  tableHeader(cells: readonly string[]): void {
    const r = this.ws.getRow(++this.row);
    cells.forEach((text, i) => {
      const cell = r.getCell(i + 1);
      cell.value = text;
      cell.font = fonts.label;
      cell.fill = fills.header;
      cell.border = thinBox;
      cell.alignment = align.center;
    });
    r.height = 22;
  }

  tableRow(cells: readonly string[]): void {
    const r = this.ws.getRow(++this.row);
    let height = 20;
    cells.forEach((text, i) => {
      const cell = r.getCell(i + 1);
      cell.value = text;
      cell.font = fonts.body;
      cell.border = thinBox;
      cell.alignment = i === 1 ? align.center : align.left;
      height = Math.max(height, wrappedHeight(text, WIDTHS[i] ?? 10));
    });
    r.height = height;
  }

  private merged(text: string, height: number) {
    const rowNo = ++this.row;
    this.ws.mergeCells(rowNo, 1, rowNo, WIDTHS.length);
    const cell = this.ws.getCell(rowNo, 1);
    cell.value = text;
    this.ws.getRow(rowNo).height = height;
    return cell;
  }
}

import type { Grid, GridSheet } from '../model/grid.ts';
import type { Issue } from '../model/issue.ts';
import { ReadFailure, resolveLimits, type ReadLimits } from './limits.ts';
import { cfbContent } from './read-cfb.ts';
import { identityFromCore, readRelationships, readWorkbookInfo, relsPathFor, type Relationship } from './read-package.ts';
import { SharedStringsScanner } from './read-shared-strings.ts';
import { SheetScanner } from './read-sheet.ts';
import { sniff } from './read-sniff.ts';
import { EMPTY_STYLES, readStyles } from './read-styles.ts';
import { readXmlPart, streamXmlPart } from './read-xml-stream.ts';
import { GridBudget } from './grid-budget.ts';
import { findEntry, InflateBudget, readZipDirectory, type ZipArchive, type ZipEntry } from './zip.ts';

export type { ReadLimits } from './limits.ts';
export { DEFAULT_READ_LIMITS } from './limits.ts';

export type ReadResult = { ok: true; grid: Grid } | { ok: false; issue: Issue };

/**
 * The xlsx boundary: upload bytes → the shared Grid, or one refusal issue.
 * Runs unchanged in Node, workerd and browsers (Uint8Array, TextDecoder and
 * fflate only). Memory stays bounded for hostile input: sizes are capped
 * before parsing, inflation is counted as it happens, sheets are scanned as a
 * stream, never held as one string, and the grid is charged its estimated
 * size as it is built (limits.ts). A cell's text is cut one character past
 * Excel's 32,767; a cell whose XML could not come from any writer refuses the
 * file, naming the cell.
 */
export function readWorkbook(bytes: Uint8Array, options: { fileName: string; limits?: Partial<ReadLimits> }): ReadResult {
  const limits = resolveLimits(options.limits);
  try {
    return { ok: true, grid: { ...readGrid(bytes, limits), source: { kind: 'file', name: options.fileName } } };
  } catch (error) {
    const failure = error instanceof ReadFailure ? error : new ReadFailure('file/corrupt', { reason: 'unreadable' });
    return { ok: false, issue: toIssue(failure, options.fileName) };
  }
}

function toIssue(failure: ReadFailure, file: string): Issue {
  const issue: Issue = { severity: 'error', code: failure.code, file };
  if (failure.sheet !== undefined) issue.sheet = failure.sheet;
  if (failure.cell !== undefined) issue.cell = failure.cell;
  if (typeof failure.params.limit === 'number') issue.expected = failure.params.limit;
  if (Object.keys(failure.params).length > 0) issue.params = { ...failure.params };
  return issue;
}

function readGrid(bytes: Uint8Array, limits: ReadLimits): Omit<Grid, 'source'> {
  if (bytes.length === 0) throw new ReadFailure('file/empty');
  if (bytes.length > limits.maxFileBytes) {
    throw new ReadFailure('file/too-large', { limit: limits.maxFileBytes, size: bytes.length, measure: 'file' });
  }
  const kind = sniff(bytes);
  switch (kind.kind) {
    case 'cfb': {
      const content = cfbContent(bytes);
      if (content === 'encrypted') throw new ReadFailure('file/encrypted');
      throw new ReadFailure('file/legacy-xls', { kind: content });
    }
    case 'spreadsheetml-2003':
      throw new ReadFailure('file/legacy-xls', { kind: 'spreadsheetml-2003' });
    case 'other':
      throw new ReadFailure('file/not-spreadsheet', { detected: kind.detected });
    case 'zip':
      return readPackage(readZipDirectory(bytes), limits);
  }
}

/** Names what a zip without a workbook is, so the message can say "this is a Word document". */
function packageKind(zip: ZipArchive): string {
  if (findEntry(zip, 'word/document.xml')) return 'docx';
  if (findEntry(zip, 'ppt/presentation.xml')) return 'pptx';
  if (findEntry(zip, 'xl/workbook.bin')) return 'xlsb';
  if (findEntry(zip, 'mimetype') && findEntry(zip, 'content.xml')) return 'odf';
  return 'unknown';
}

function readPackage(zip: ZipArchive, limits: ReadLimits): Omit<Grid, 'source'> {
  const inflated = new InflateBudget(limits.maxUncompressedBytes);
  const grid = new GridBudget(limits);
  const part = (path: string | undefined): ZipEntry | undefined => (path === undefined ? undefined : findEntry(zip, path));
  const relsOf = (source: string): Relationship[] => {
    const entry = part(relsPathFor(source));
    return entry ? readRelationships(readXmlPart(zip, entry, inflated), source) : [];
  };

  const rootRels = relsOf('');
  const workbookPath =
    rootRels.find((r) => r.kind === 'officeDocument' && r.path.toLowerCase().endsWith('.xml') && part(r.path))?.path ??
    'xl/workbook.xml';
  const workbookEntry = part(workbookPath);
  if (!workbookEntry) throw new ReadFailure('file/no-workbook', { kind: packageKind(zip) });

  const info = readWorkbookInfo(readXmlPart(zip, workbookEntry, inflated));
  const rels = relsOf(workbookPath);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const stylesEntry = part(rels.find((r) => r.kind === 'styles')?.path ?? 'xl/styles.xml');
  const stringsEntry = part(rels.find((r) => r.kind === 'sharedStrings')?.path ?? 'xl/sharedStrings.xml');
  const coreEntry = part(rootRels.find((r) => r.kind === 'core-properties')?.path ?? 'docProps/core.xml');

  const sheetParts: { name: string; hidden: boolean; entry: ZipEntry }[] = [];
  for (const sheet of info.sheets) {
    const rel = relById.get(sheet.relId);
    if (!rel) throw new ReadFailure('file/corrupt', { reason: 'sheet-relationship', sheet: sheet.name }, sheet.name);
    // Chart and dialog sheets hold no cells; Office.js does not list them as worksheets either.
    if (rel.kind !== 'worksheet') continue;
    const entry = part(rel.path);
    if (!entry) throw new ReadFailure('file/corrupt', { reason: 'sheet-part-missing', sheet: sheet.name }, sheet.name);
    sheetParts.push({ name: sheet.name, hidden: sheet.hidden, entry });
  }

  // Fast path on declared sizes; the real output is counted again while inflating.
  const declared = [stylesEntry, stringsEntry, coreEntry, ...sheetParts.map((s) => s.entry)].reduce((sum, e) => sum + (e?.size ?? 0), 0);
  inflated.precheck(declared);

  const styles = stylesEntry ? readStyles(readXmlPart(zip, stylesEntry, inflated)) : EMPTY_STYLES;
  let sharedStrings: string[] = [];
  let overlongStrings: ReadonlySet<number> = new Set();
  if (stringsEntry) {
    const scanner = new SharedStringsScanner(grid);
    streamXmlPart(zip, stringsEntry, inflated, scanner);
    sharedStrings = scanner.strings;
    overlongStrings = scanner.overlong;
  }

  const sheets: GridSheet[] = sheetParts.map(({ name, hidden, entry }) => {
    const scanner = new SheetScanner({ name, hidden, sharedStrings, overlongStrings, styles, date1904: info.date1904, limits, budget: grid });
    streamXmlPart(zip, entry, inflated, scanner);
    return scanner.toSheet();
  });

  const identity = (coreEntry ? identityFromCore(readXmlPart(zip, coreEntry, inflated)) : undefined) ?? info.identity;
  return identity ? { sheets, identity } : { sheets };
}

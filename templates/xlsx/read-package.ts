import { IDENTITY_PATTERN } from '../model/definition.ts';
import { decodeEntities, elementText, tags } from './read-xml-text.ts';

/** The OPC plumbing of an xlsx: relationships, the sheet list of workbook.xml, identity metadata. */

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI (`worksheet`, `styles`, `officeDocument`, …): transitional and strict URIs agree on it. */
  kind: string;
  /** Package path without a leading slash, resolved against the source part. */
  path: string;
}

export interface WorkbookSheet {
  name: string;
  relId: string;
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** Value of the `_TZT_ID` defined name, when it holds an identity. */
  identity?: string;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `''` (the package) → `_rels/.rels`. */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target: absolute ("/xl/worksheets/sheet1.xml") or relative to the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

export function readRelationships(xml: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  for (const a of tags(xml, 'Relationship')) {
    if (!a.Id || !a.Target || !a.Type || a.TargetMode === 'External') continue;
    let target = a.Target;
    try {
      target = decodeURIComponent(target);
    } catch {
      // A malformed escape is left as written; the part lookup then fails as corrupt.
    }
    out.push({ id: a.Id, kind: a.Type.slice(a.Type.lastIndexOf('/') + 1), path: resolveTarget(sourcePart, target) });
  }
  return out;
}

const asIdentity = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined;
  const t = text.trim().replace(/^"(.*)"$/, '$1');
  if (IDENTITY_PATTERN.test(t)) return t;
  return t.split(/[\s,;，；]+/).find((token) => IDENTITY_PATTERN.test(token));
};

export function readWorkbookInfo(xml: string): WorkbookInfo {
  const sheets: WorkbookSheet[] = [];
  for (const a of tags(xml, 'sheet')) {
    if (a.name === undefined || a.id === undefined) continue;
    sheets.push({ name: a.name, relId: a.id, hidden: a.state === 'hidden' || a.state === 'veryHidden' });
  }
  const pr = tags(xml, 'workbookPr').next();
  const date1904 = !pr.done && (pr.value.date1904 === '1' || pr.value.date1904 === 'true');
  const info: WorkbookInfo = { sheets, date1904 };
  const defined = /<((?:[A-Za-z_][\w.-]*:)?definedName)\s[^>]*name\s*=\s*["']_TZT_ID["'][^>]*>([^<]*)<\/\1>/.exec(xml);
  const identity = asIdentity(defined ? decodeEntities(defined[2]!) : undefined);
  if (identity) info.identity = identity;
  return info;
}

/** `<cp:keywords>` of docProps/core.xml, when it carries an identity. */
export function identityFromCore(xml: string): string | undefined {
  const keywords = elementText(xml, 'keywords');
  return asIdentity(keywords === undefined ? undefined : decodeEntities(keywords));
}

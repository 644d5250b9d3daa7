import { strFromU8, unzipSync } from 'fflate';

/** One native chart of a workbook, found the way Excel finds it: sheet → drawing → chart, through the relationships. */
export interface ChartPart {
  sheet: string;
  path: string;
  title: string;
  barDir: string;
  grouping: string;
  /** 0-based corners of the two-cell anchor. */
  from: { col: number; row: number };
  to: { col: number; row: number };
  /** Each c:f reference with the cached values that follow it. */
  refs: { ref: string; cache: string[] }[];
}

const attr = (xml: string, pattern: RegExp): string => pattern.exec(xml)?.[1] ?? '';

/** `folder/_rels/name.rels` of a part, and its targets by id resolved against the part's folder. */
function relsOf(files: Record<string, Uint8Array>, part: string): Map<string, string> {
  const folder = part.slice(0, part.lastIndexOf('/'));
  const rels = files[`${folder}/_rels/${part.slice(folder.length + 1)}.rels`];
  const out = new Map<string, string>();
  if (!rels) return out;
  for (const m of strFromU8(rels).matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)) {
    const parts = `${folder}/${m[2]}`.split('/');
    const resolved: string[] = [];
    for (const p of parts) p === '..' ? resolved.pop() : resolved.push(p);
    out.set(m[1]!, resolved.join('/'));
  }
  return out;
}

export function chartParts(bytes: Uint8Array): { charts: ChartPart[]; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const sheets = relsOf(files, 'xl/workbook.xml');
  const charts: ChartPart[] = [];
  for (const m of workbook.matchAll(/<sheet name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const sheetPath = sheets.get(m[2]!)!;
    const drawingId = attr(strFromU8(files[sheetPath]!), /<drawing r:id="([^"]+)"/);
    if (!drawingId) continue;
    const drawingPath = relsOf(files, sheetPath).get(drawingId)!;
    const drawing = strFromU8(files[drawingPath]!);
    const chartRels = relsOf(files, drawingPath);
    for (const a of drawing.matchAll(/<xdr:twoCellAnchor[^>]*>([\s\S]*?)<\/xdr:twoCellAnchor>/g)) {
      const corner = (tag: string) => {
        const c = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col>.*?<xdr:row>(\\d+)</xdr:row>`).exec(a[1]!)!;
        return { col: Number(c[1]), row: Number(c[2]) };
      };
      const path = chartRels.get(attr(a[1]!, /<c:chart [^>]*r:id="([^"]+)"/))!;
      const xml = strFromU8(files[path]!);
      charts.push({
        sheet: m[1]!.replace(/&amp;/g, '&'),
        path,
        title: attr(xml, /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/),
        barDir: attr(xml, /<c:barDir val="([^"]+)"/),
        grouping: attr(xml, /<c:grouping val="([^"]+)"/),
        from: corner('from'),
        to: corner('to'),
        refs: [...xml.matchAll(/<c:f>([^<]+)<\/c:f><c:(?:str|num)Cache>([\s\S]*?)<\/c:(?:str|num)Cache>/g)].map((r) => {
          const cache: string[] = [];
          const count = Number(attr(r[2]!, /<c:ptCount val="(\d+)"/));
          for (let i = 0; i < count; i++) cache.push(attr(r[2]!, new RegExp(`<c:pt idx="${i}"><c:v>([^<]*)</c:v>`)));
          return { ref: r[1]!.replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&'), cache };
        }),
      });
    }
  }
  return { charts, files };
}

/** 'Sheet'!$A$5:$B$9 → the sheet and 0-based corners. */
export function parseRef(ref: string): { sheet: string; r1: number; c1: number; r2: number; c2: number } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a range: ${ref}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet: m[1]!.replace(/''/g, "'"), r1: Number(m[3]) - 1, c1: col(m[2]!), r2: Number(m[5] ?? m[3]) - 1, c2: col(m[4] ?? m[2]!) };
}

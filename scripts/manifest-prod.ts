/**
 * The production manifest: `npm run manifest:prod -- https://ledger.example.org`
 * writes dist/manifest.prod.xml with every local URL moved to that origin.
 * Generated, never hand-edited, so the two cannot drift apart.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCAL_ORIGIN = 'http://localhost:8787';

/** The origin of an https URL given on the command line ("https://a.b/" → "https://a.b"); throws on anything else. */
export function productionOrigin(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`not a URL: ${input}`);
  }
  if (url.protocol !== 'https:') throw new Error(`production add-ins must be served over https, got ${url.protocol}//`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) throw new Error(`give an origin only (https://host[:port]), got ${input}`);
  return url.origin;
}

/** Every occurrence of the local origin replaced; refuses a manifest that has none. */
export function toProductionManifest(xml: string, origin: string): string {
  const count = xml.split(LOCAL_ORIGIN).length - 1;
  if (count === 0) throw new Error(`the manifest has no ${LOCAL_ORIGIN} URL to replace`);
  return xml.split(LOCAL_ORIGIN).join(productionOrigin(origin));
}

function main(argv: string[]): void {
  const [origin, out = 'dist/manifest.prod.xml'] = argv;
  if (!origin) throw new Error('usage: npm run manifest:prod -- https://your.domain [out.xml]');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const xml = toProductionManifest(readFileSync(`${root}/manifest.xml`, 'utf8'), origin);
  const target = out.startsWith('/') ? out : `${root}/${out}`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, xml);
  console.log(`wrote ${out} for ${productionOrigin(origin)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`manifest:prod: ${(error as Error).message}`);
    process.exit(1);
  }
}

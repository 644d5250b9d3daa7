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
    throw new Error(`“${input}”不是网址，请给出 https://域名[:端口]`);
  }
  if (url.protocol !== 'https:') throw new Error(`正式环境的加载项必须用 https 提供，收到的是 ${url.protocol}//`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) throw new Error(`只需给出站点地址（https://域名[:端口]），不要带路径或参数：${input}`);
  return url.origin;
}

/** Every occurrence of the local origin replaced; refuses a manifest that has none. */
export function toProductionManifest(xml: string, origin: string): string {
  const count = xml.split(LOCAL_ORIGIN).length - 1;
  if (count === 0) throw new Error(`清单中没有可替换的 ${LOCAL_ORIGIN} 地址`);
  return xml.split(LOCAL_ORIGIN).join(productionOrigin(origin));
}

function main(argv: string[]): void {
  const [origin, out = 'dist/manifest.prod.xml'] = argv;
  if (!origin || origin === '--help' || origin === '-h') throw new Error('用法：npm run manifest:prod -- https://你的域名 [输出文件，默认 dist/manifest.prod.xml]');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const xml = toProductionManifest(readFileSync(`${root}/manifest.xml`, 'utf8'), origin);
  const target = out.startsWith('/') ? out : `${root}/${out}`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, xml);
  console.log(`已生成 ${out}（站点 ${productionOrigin(origin)}）。在 Excel 中上传此清单即可使用正式环境的加载项。`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`manifest:prod：${(error as Error).message}`);
    process.exit(1);
  }
}

/**
 * Issues an access token without a running server (bootstrap: the first admin
 * token, or a unit's token when no admin is at hand), by running SQL through
 * `wrangler d1 execute`. Prints the plaintext once; only its sha256 is stored.
 *
 *   npm run token -- --org <id> --admin [--label <text>] [--org-name <name>] [--local [--persist-to <dir>]]
 *   npm run token -- --org <id> --unit <code> [--label <text>] [--local [--persist-to <dir>]]
 *
 * --local writes to the local D1 of `wrangler dev` (and applies migrations
 * first), in .wrangler/state or the folder `npm start -- --persist-to` used;
 * without it the command targets the deployed database (--remote).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newTokenPlaintext, sha256Hex } from '../worker/auth/token-hash.ts';
import { issueTokenSql, sqlLiteral } from './token-sql.ts';

const USAGE = `用法：npm run token -- --org <机构编号> (--admin | --unit <单位编码>) [--label <说明>] [--org-name <机构名称>] [--local [--persist-to <目录>]]

  --org        机构编号（npm start 的演示机构为 demo-fgw）
  --admin      签发管理员令牌（机关党委使用）
  --unit       签发该单位的令牌（单位须已在单位名单中）
  --label      令牌说明，显示在管理端的令牌列表中
  --org-name   机构不存在时用此名称新建
  --local      写入本机 wrangler dev 的数据库（不加则写入已部署的数据库）
  --persist-to 本机数据目录，与 npm start -- --persist-to 相同（默认 .wrangler/state）`;

function usage(message: string | null): never {
  if (message) console.error(`${message}\n`);
  (message ? console.error : console.log)(USAGE);
  process.exit(message ? 2 : 0);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      org: { type: 'string' },
      'org-name': { type: 'string' },
      unit: { type: 'string' },
      admin: { type: 'boolean', default: false },
      label: { type: 'string' },
      local: { type: 'boolean', default: false },
      'persist-to': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  usage(`参数有误：${(error as Error).message}`);
}

if (values.help) usage(null);
if (!values.org) usage('缺少 --org');
if (values.admin === (values.unit !== undefined)) usage('--admin 与 --unit 须二选一');
if (values['persist-to'] && !values.local) usage('--persist-to 只用于本机数据库，请同时加 --local');

const target = values.local ? ['--local', ...(values['persist-to'] ? ['--persist-to', resolve(values['persist-to'])] : [])] : ['--remote'];
const wrangler = (args: string[]): string =>
  execFileSync('npx', ['wrangler', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const org = values.org;
const unitCode = values.unit ?? null;
const kind = values.admin ? 'admin' : 'unit';
const token = newTokenPlaintext();
const id = crypto.randomUUID();
const sql = [
  ...issueTokenSql({
    id, org, orgName: values['org-name'] ?? org, kind, unitCode, hash: await sha256Hex(token),
    label: values.label ?? (unitCode ?? '管理员'), createdAt: new Date().toISOString(),
  }),
  `SELECT COUNT(*) AS n FROM tokens WHERE id = ${sqlLiteral(id)}`,
].join(';\n');

if (values.local) wrangler(['d1', 'migrations', 'apply', 'DB', ...target]);
const out = JSON.parse(wrangler(['d1', 'execute', 'DB', ...target, '--json', '--command', sql])) as { results: { n?: number }[] }[];
if (out.at(-1)?.results[0]?.n !== 1) {
  console.error(`未签发：机构“${org}”下没有单位“${unitCode}”。请先在管理端新建或导入该单位。`);
  process.exit(1);
}
console.log(`${kind === 'admin' ? '管理员' : `单位 ${unitCode} 的`}令牌（只显示这一次，请妥善转交）：\n${token}`);

/**
 * Issues an access token without a running server (bootstrap: the first admin
 * token, or a unit's token when no admin is at hand), by running SQL through
 * `wrangler d1 execute`. Prints the plaintext once; only its sha256 is stored.
 *
 *   npm run token -- --org <id> --admin [--label <text>] [--org-name <name>] [--local]
 *   npm run token -- --org <id> --unit <code> [--label <text>] [--local]
 *
 * --local writes to the local D1 of `wrangler dev` (and applies migrations
 * first); without it the command targets the deployed database (--remote).
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { newTokenPlaintext, sha256Hex } from '../worker/auth/token-hash.ts';

const { values } = parseArgs({
  options: {
    org: { type: 'string' },
    'org-name': { type: 'string' },
    unit: { type: 'string' },
    admin: { type: 'boolean', default: false },
    label: { type: 'string' },
    local: { type: 'boolean', default: false },
  },
});

function usage(message: string): never {
  console.error(`${message}\n用法：npm run token -- --org <机构编号> (--admin | --unit <单位编码>) [--label <说明>] [--org-name <机构名称>] [--local]`);
  process.exit(2);
}

if (!values.org) usage('缺少 --org');
if (values.admin === (values.unit !== undefined)) usage('--admin 与 --unit 须二选一');

/** SQL string literal; the values are typed by an operator, but quoting keeps a stray ' harmless. */
const lit = (s: string | null): string => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);

const target = values.local ? '--local' : '--remote';
const wrangler = (args: string[]): string =>
  execFileSync('npx', ['wrangler', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const org = values.org;
const unitCode = values.unit ?? null;
const kind = values.admin ? 'admin' : 'unit';
const token = newTokenPlaintext();
const id = crypto.randomUUID();
const label = values.label ?? (unitCode ?? '管理员');
const now = new Date().toISOString();

const insert = `INSERT INTO tokens (id, org, kind, unit_code, hash, label, created_at)
SELECT ${lit(id)}, ${lit(org)}, ${lit(kind)}, ${lit(unitCode)}, ${lit(await sha256Hex(token))}, ${lit(label)}, ${lit(now)}
WHERE ${unitCode === null ? '1' : `EXISTS (SELECT 1 FROM units WHERE org = ${lit(org)} AND code = ${lit(unitCode)})`}`;
const sql = [
  `INSERT OR IGNORE INTO organisations (id, name) VALUES (${lit(org)}, ${lit(values['org-name'] ?? org)})`,
  insert,
  `SELECT COUNT(*) AS n FROM tokens WHERE id = ${lit(id)}`,
].join(';\n');

if (values.local) wrangler(['d1', 'migrations', 'apply', 'DB', '--local']);
const out = JSON.parse(wrangler(['d1', 'execute', 'DB', target, '--json', '--command', sql])) as { results: { n?: number }[] }[];
if (out.at(-1)?.results[0]?.n !== 1) {
  console.error(`未签发：机构“${org}”下没有单位“${unitCode}”。请先在管理端新建或导入该单位。`);
  process.exit(1);
}
console.log(`${kind === 'admin' ? '管理员' : `单位 ${unitCode} 的`}令牌（只显示这一次，请妥善转交）：\n${token}`);

import { sha256Hex } from '../worker/auth/token-hash.ts';
import { INSERT_TALLY, tallyColumns } from '../worker/db/tally-columns.ts';
import { tallyFor } from '../worker/ledger/tally-for.ts';
import { ADMIN_TOKEN, evaluationRows, ORG, PERIOD, pledgeRows, type TreeUnit } from './summary-fixture.ts';

/**
 * Seeding for bench/summary.ts, run inside workerd by the bench-only worker
 * entry that summary.ts generates: straight SQL batches through the D1
 * binding (750,000 rows through the submit API would outlast the bench).
 * Typed with the slice of D1 it uses, so the root (Node) typecheck does not
 * pull in the worker's Cloudflare types.
 */

interface Statement {
  bind(...values: unknown[]): Statement;
  first(): Promise<unknown>;
}
export interface BenchDb {
  prepare(sql: string): Statement;
  batch(statements: Statement[]): Promise<unknown>;
}

const AT = '2026-07-01T02:00:00.000Z';

const insertSubmission = `INSERT INTO submissions (id, org, unit_code, template_id, period_code, version, submitted_at, submitted_by,
  token_id, sha256, r2_key, source, file_name, status, late, errors, warnings, row_count, report)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'bench', 'bench-token', ?8, NULL, 'grid', ?9, ?10, ?11, 0, ?12, ?13, '{}')`;

// One statement per submission whatever its size: the rows travel as one JSON
// parameter (D1 allows 100 bound parameters, not 100 rows).
const insertRows = `INSERT INTO submission_rows (submission_id, row_no, "values", derived)
SELECT ?1, 5 + j.key, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(?2) j`;

export interface SeedBody {
  /** Index of the first unit in the whole tree (drives the synthetic data). */
  first: number;
  units: TreeUnit[];
  pledges: number;
  evaluations: number;
  /** Store each submission's tally as the service does when it is submitted (false: as before migration 0005, so the first summary backfills). */
  tallies: boolean;
}

export async function seed(db: BenchDb, body: SeedBody): Promise<number> {
  const statements: Statement[] = [];
  let rows = 0;
  body.units.forEach((u, k) => {
    const n = body.first + k;
    statements.push(
      db.prepare(`INSERT INTO units (org, code, name, parent_code, members, teams, branches, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .bind(ORG, u.code, u.name, u.parentCode, u.members, u.teams, u.branches, AT, AT),
    );
    if (!u.reports) return;
    const sheets = [
      { templateId: 'pledge-ledger', rows: pledgeRows(n, body.pledges) },
      // Every 37th unit has not sent its evaluation: 未报送 must show.
      ...(n % 37 === 5 ? [] : [{ templateId: 'mass-evaluation', rows: evaluationRows(n, body.evaluations) }]),
    ];
    for (const { templateId, rows: list } of sheets) {
      const late = n % 9 === 0 ? 1 : 0;
      const status = n % 7 === 0 ? 'accepted_with_warnings' : 'accepted';
      // Every 20th unit first sent a rejected version: the counted view must skip it.
      if (n % 20 === 0)
        statements.push(db.prepare(insertSubmission).bind(`${u.code}/${templateId}/1`, ORG, u.code, templateId, PERIOD, 1, AT, 'x'.repeat(64), `${templateId}.xlsx`, 'rejected', late, 0, 0));
      const version = n % 20 === 0 ? 2 : 1;
      const id = `${u.code}/${templateId}/${version}`;
      statements.push(db.prepare(insertRows).bind(id, JSON.stringify(list.map((r) => [r.values, r.derived]))));
      const tally = body.tallies ? tallyFor(templateId, list) : null;
      if (tally) statements.push(db.prepare(INSERT_TALLY).bind(id, tally.version, ...tallyColumns(tally.tally)));
      statements.push(
        db.prepare(insertSubmission).bind(id, ORG, u.code, templateId, PERIOD, version, AT, 'y'.repeat(64), `${templateId}.xlsx`, status, late, status === 'accepted' ? 0 : 3, list.length),
      );
      rows += list.length;
    }
  });
  for (let i = 0; i < statements.length; i += 100) await db.batch(statements.slice(i, i + 100));
  return rows;
}

export async function setup(db: BenchDb, migrations: string[]): Promise<void> {
  await db.batch(migrations.map((sql) => db.prepare(sql)));
  await db.batch([
    db.prepare('INSERT INTO organisations (id, name) VALUES (?, ?)').bind(ORG, '市直机关工委（基准测试）'),
    db.prepare(`INSERT INTO tokens (id, org, kind, unit_code, hash, label, created_at) VALUES ('bench-admin', ?, 'admin', NULL, ?, 'admin', ?)`)
      .bind(ORG, await sha256Hex(ADMIN_TOKEN), AT),
    ...['pledge-ledger', 'mass-evaluation'].map((t) =>
      db.prepare('INSERT INTO periods (org, template_id, code, opens, due, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').bind(ORG, t, PERIOD, '2026-01-01', '2026-07-15', AT, AT),
    ),
  ]);
}

/** How many rows the counted data holds and how many bytes their JSON takes in D1. */
export const rowStats = (db: BenchDb) =>
  db.prepare(`SELECT COUNT(*) AS rows, SUM(length("values") + length(derived)) AS bytes FROM submission_rows`).first();

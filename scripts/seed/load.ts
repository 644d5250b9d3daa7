import type { ApiClient } from './api.ts';
import { ledgerForStep } from './ledger-for-step.ts';
import { DEMO_UNITS, denominators, unitByCode } from './org.ts';
import type { SlotScript, Step } from './plan.ts';
import { DEMO_REVIEWED, type DemoPeriod } from './periods.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Units, periods and the ledgers reviewed level by level, through the admin API; what already exists (409) is left as it is. */
export async function ensureStructure(api: ApiClient, admin: string, periods: readonly DemoPeriod[]): Promise<void> {
  // Parents first: the API refuses a parent it does not know yet.
  for (const unit of DEMO_UNITS)
    await api.expect([201, 409], `新建单位 ${unit.code}`, 'POST', '/api/admin/units', admin, {
      json: { code: unit.code, name: unit.name, parentCode: unit.parentCode, ...denominators(unit) },
    });
  for (const p of periods)
    await api.expect([201, 409], `设置期次 ${p.templateId} ${p.code}`, 'POST', '/api/admin/periods', admin, {
      json: { templateId: p.templateId, code: p.code, opens: p.opens, due: p.due },
    });
  await api.expect([200], '设置逐级审核的台账', 'PUT', '/api/admin/review-settings', admin, { json: { templateIds: DEMO_REVIEWED } });
}

/** A token for every demo unit that has none yet (the plaintext is only ever returned here). */
export async function issueUnitTokens(api: ApiClient, admin: string, have: Record<string, string>): Promise<Record<string, string>> {
  const out = { ...have };
  for (const unit of DEMO_UNITS) {
    if (out[unit.code]) continue;
    const reply = await api.expect<{ token: string }>([201], `签发 ${unit.code} 的令牌`, 'POST', '/api/admin/tokens', admin, {
      json: { kind: 'unit', unitCode: unit.code, label: `${unit.name}（演示）` },
    });
    out[unit.code] = reply.body.token;
  }
  return out;
}

const slotKey = (s: { unitCode: string; templateId: string; periodCode?: string; period?: string }): string =>
  `${s.unitCode}/${s.templateId}/${s.periodCode ?? s.period}`;

/** Who judges a unit's ledger: its parent's own token (the 党总支 as reviewer), the office for a unit at the top or when asked. */
function judge(admin: string, unitTokens: Record<string, string>, unitCode: string, step: Extract<Step, { do: 'return' | 'approve' }>): { token: string; who: string } {
  const parent = unitByCode(unitCode).parentCode;
  const byParent = step.do === 'approve' || step.by === 'parent';
  return byParent && parent && unitTokens[parent] ? { token: unitTokens[parent], who: parent } : { token: admin, who: '机关党委' };
}

/**
 * Plays the plan through the API as each unit (uploads), as its 党总支
 * (审核通过, 退回) and as the office (退回重填). A slot that already has any
 * submission is skipped, so an interrupted seed resumes where it stopped and
 * never duplicates.
 */
export async function playPlan(
  api: ApiClient, admin: string, unitTokens: Record<string, string>, plan: readonly SlotScript[], progress: (done: number, total: number) => void = () => {},
): Promise<{ submitted: number; returned: number; approved: number; skipped: number }> {
  const existing = await api.expect<{ submissions: { unitCode: string; templateId: string; periodCode: string }[] }>([200], '读取已有报送', 'GET', '/api/submissions', admin);
  const taken = new Set(existing.body.submissions.map(slotKey));
  const counts = { submitted: 0, returned: 0, approved: 0, skipped: 0 };
  for (const [n, slot] of plan.entries()) {
    progress(n, plan.length);
    if (taken.has(slotKey(slot))) {
      counts.skipped++;
      continue;
    }
    const token = unitTokens[slot.unitCode]!;
    let lastId: string | null = null;
    for (const [i, step] of slot.steps.entries()) {
      if (step.do === 'return' || step.do === 'approve') {
        const { token: by, who } = judge(admin, unitTokens, slot.unitCode, step);
        const what = `${who}${step.do === 'return' ? '退回' : '审核通过'} ${slot.unitCode} 的 ${slot.templateId}`;
        await api.expect([200], what, 'POST', `/api/admin/submissions/${lastId}/${step.do}`, by, { json: step.comment ? { comment: step.comment } : {} });
        counts[step.do === 'return' ? 'returned' : 'approved']++;
        continue;
      }
      const ledger = await ledgerForStep(slot, step, i);
      const fields = { templateId: slot.templateId, period: slot.period };
      let body: { json: unknown } | { form: FormData };
      if (ledger.kind === 'grid') body = { json: { grid: ledger.grid, ...fields } };
      else {
        const form = new FormData();
        form.append('file', new File([ledger.bytes as Uint8Array<ArrayBuffer>], ledger.fileName, { type: XLSX }));
        for (const [k, v] of Object.entries(fields)) form.append(k, v);
        body = { form };
      }
      const reply = await api.expect<{ submission: { id: string } }>([201], `报送 ${slot.unitCode} 的 ${slot.templateId}`, 'POST', '/api/submissions', token, body);
      lastId = reply.body.submission.id;
      counts.submitted++;
    }
  }
  progress(plan.length, plan.length);
  return counts;
}

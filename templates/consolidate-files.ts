import { catalog } from './catalog/index.ts';
import { renderIssue } from './messages/zh.ts';
import type { TemplateDefinition } from './model/definition.ts';
import { periodRange, type PeriodRange } from './model/period.ts';
import type { NormalisedRow } from './read/validate-grid.ts';
import {
  createSummaryBuilder, preferLater, statusOfReport, unitOfFile,
  type Candidate, type DetailRow, type FileUnit, type Summary, type SummarySubmission, type SummaryUnit,
} from './summary/index.ts';
import { validateFile } from './validate-file.ts';

/** One e-mailed ledger: its bytes (or why they could not be read) and its file date ('YYYY-MM-DD'). */
export interface LedgerFile {
  name: string;
  bytes: Uint8Array | { error: string };
  modified: string;
}

export interface ConsolidateOptions {
  period: PeriodRange;
  /** The day overdue items are judged on. */
  today: string;
  /** Files whose 填报日期 is after this are 逾期报送. */
  due: string;
  /** The units expected to report; default: every unit seen in a file. */
  units?: SummaryUnit[];
  /** The ledgers expected; default: every ledger seen in a file. */
  templates?: string[];
}

interface Accepted extends Candidate {
  unit: FileUnit;
  def: TemplateDefinition;
  submission: SummarySubmission;
  rows: NormalisedRow[];
}

export interface Consolidation {
  /** Null when no file could be used. */
  summary: Summary | null;
  units: SummaryUnit[];
  /** How many files were used (one per unit and ledger). */
  used: number;
  /** What happened to each file, in Chinese, one line each. */
  lines: string[];
  /** Files that could not be used, with the reason. */
  refused: string[];
  /** The counted rows, grouped by template (so a streaming writer holds no sheet back). */
  details(): Generator<DetailRow>;
}

/** Code point order: the same on every machine, unlike a locale's collation. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A folder of e-mailed ledgers → the same summary the service builds: each
 * file validated like an upload, its unit taken from 基本信息 (else its name),
 * the better of two files for one slot kept, files with errors counted as
 * 已拒收. Pure apart from parsing the bytes, so the service's tests can check
 * that both paths give the same figures.
 */
export function consolidateFiles(files: readonly LedgerFile[], o: ConsolidateOptions): Consolidation {
  const { period, today, due } = o;
  const refused: string[] = [];
  const lines: string[] = [];
  const slots = new Map<string, Accepted>();
  const seenUnits = new Map<string, SummaryUnit>();

  for (const { name, bytes, modified } of files) {
    if (!(bytes instanceof Uint8Array)) {
      refused.push(`${name}：${bytes.error}`);
      continue;
    }
    const v = validateFile(bytes, name, { period: period.code, today });
    if (!v.template) {
      refused.push(`${name}：${v.report.issues.map((i) => renderIssue({ ...i, file: undefined })).join('；')}`);
      continue;
    }
    if (v.info.period && v.info.period !== period.code) {
      refused.push(`${name}：报送期次为“${periodRange(v.info.period)?.label ?? v.info.period}”，不是本次汇总的“${period.label}”。`);
      continue;
    }
    const unit = unitOfFile(v.info, name, v.template, o.units ?? []);
    if (!unit) {
      refused.push(`${name}：基本信息中没有填报单位或单位编码，文件名也看不出单位，请补填“填报单位”。`);
      continue;
    }
    const submittedAt = v.info.fillDate ?? modified;
    const { errors, warnings } = v.report.stats;
    const counted = v.report.valid;
    const candidate: Accepted = {
      file: name, submittedAt, counted, unit, def: v.template, rows: counted ? v.rows : [],
      submission: {
        unitCode: unit.code, templateId: v.template.id, version: 1, submittedAt, late: submittedAt > due, errors, warnings, source: name,
        status: statusOfReport(v.report),
      },
    };
    if (!seenUnits.has(unit.code)) seenUnits.set(unit.code, { code: unit.code, name: unit.name, parent: null, members: 0, teams: 0, branches: 0 });
    const unitText = `${unit.name}（${unit.from === 'info' ? '单位取自基本信息' : '单位取自文件名'}）`;
    lines.push(
      counted
        ? `  ${name}：${unitText}，${v.template.name}，有效 ${v.rows.length} 行${warnings ? `，提醒 ${warnings} 个` : ''}${candidate.submission.late ? `，逾期报送（填报日期 ${submittedAt}）` : ''}`
        : `  ${name}：${unitText}，${v.template.name}，有错误 ${errors} 个，按“已拒收”登记，数据不计入汇总：\n${v.report.issues
            .filter((i) => i.severity === 'error').slice(0, 10).map((i) => `      ${renderIssue({ ...i, file: undefined })}`).join('\n')}${errors > 10 ? `\n      ……另有 ${errors - 10} 个错误` : ''}`,
    );
    const key = `${unit.code}\u0000${v.template.id}`;
    const before = slots.get(key);
    if (!before) slots.set(key, candidate);
    else {
      const kept = preferLater(before, candidate);
      const dropped = kept === before ? candidate : before;
      slots.set(key, kept);
      lines.push(`  ${unit.name}的${v.template.name}收到多份：采用 ${kept.file}（填报日期 ${kept.submittedAt}），未采用 ${dropped.file}（填报日期 ${dropped.submittedAt}）`);
    }
  }

  const seenTemplates = new Set([...slots.values()].map((s) => s.def.id));
  const templates = catalog.filter((d) => (o.templates ? o.templates.includes(d.id) : seenTemplates.has(d.id)));
  const units = o.units ?? [...seenUnits.values()].sort((a, b) => byCode(a.code, b.code));
  const ordered = [...slots.values()].sort((a, b) => byCode(a.unit.code, b.unit.code));
  let summary: Summary | null = null;
  if (slots.size > 0) {
    const builder = createSummaryBuilder({ period, units, templates, generatedOn: today });
    for (const s of ordered) builder.add(s.submission, s.rows);
    summary = builder.finish();
  }

  const names = new Map(units.map((u) => [u.code, u.name]));
  function* details(): Generator<DetailRow> {
    for (const t of templates)
      for (const s of ordered)
        if (s.def.id === t.id)
          for (const row of s.rows) yield { unitCode: s.unit.code, unitName: names.get(s.unit.code) ?? s.unit.name, templateId: t.id, row };
  }
  return { summary, units, used: slots.size, lines, refused, details };
}

import { catalog } from './catalog/index.ts';
import { renderIssue } from './messages/zh.ts';
import type { TemplateDefinition } from './model/definition.ts';
import type { InfoBlock } from './model/info.ts';
import { periodRange, type PeriodRange } from './model/period.ts';
import type { GridValidation, NormalisedRow } from './read/validate-grid.ts';
import {
  createSummaryBuilder, preferLater, statusOfReport, unitOfFile,
  type Candidate, type DetailRow, type Summary, type SummarySubmission, type SummaryUnit,
} from './summary/index.ts';
import { unitMatcher, type KnownUnit, type UnitClaim, type UnitMatch } from './units/match-unit.ts';
import { validateFile } from './validate-file.ts';

/** One e-mailed ledger: its bytes (or why they could not be read) and its file date ('YYYY-MM-DD'). */
export interface LedgerFile {
  name: string;
  bytes: Uint8Array | { error: string };
  modified: string;
}

export interface ConsolidateOptions {
  period: PeriodRange;
  /** Today: the summary's 生成日期, and what a 填报日期 is checked against (overdue items are judged on each file's own date). */
  today: string;
  /** Files whose 填报日期 is after this are 逾期报送. */
  due: string;
  /** The units expected to report; default: every unit seen in a file. */
  units?: SummaryUnit[];
  /** The ledgers expected; default: every ledger seen in a file. */
  templates?: string[];
}

interface Accepted extends Candidate {
  unit: UnitMatch;
  outcome: FileOutcome;
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
  refused: FileRefusal[];
  /** Every file that was read as a ledger: its unit and how that unit was found. */
  files: FileOutcome[];
  /** The counted rows, grouped by template (so a streaming writer holds no sheet back). */
  details(): Generator<DetailRow>;
}

export interface FileRefusal {
  file: string;
  /** In Chinese: what is wrong and what to do. */
  reason: string;
}

export interface FileOutcome {
  file: string;
  templateId: string;
  unit: UnitMatch;
  /** Passed validation (else 已拒收). */
  counted: boolean;
  /** The file that stands for its unit and ledger (false: another file of the same slot was preferred). */
  used: boolean;
}

/** How a file's unit was found (units/match-unit.ts), as the CLI prints it. */
const MATCHED_TEXT = {
  code: '按单位编码对应', name: '按填报单位名称对应', 'file-name': '按文件名对应', unlisted: '未对应到已知单位，单独列出',
} as const;

/** Code point order: the same on every machine, unlike a locale's collation. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A folder of e-mailed ledgers → the same summary the service builds: each
 * file validated like an upload, its unit matched to a known one (the unit
 * list, else the units the files declare by 单位编码; see units/match-unit.ts),
 * the better of two files for one slot kept, files with errors counted as
 * 已拒收. Pure apart from parsing the bytes, so the service's tests can check
 * that both paths give the same figures.
 */
export function consolidateFiles(files: readonly LedgerFile[], o: ConsolidateOptions): Consolidation {
  const { period, today, due } = o;
  const refused: FileRefusal[] = [];
  const lines: string[] = [];
  const outcomes: FileOutcome[] = [];
  const slots = new Map<string, Accepted>();
  const seenUnits = new Map<string, SummaryUnit>();

  // Read every file first: without a unit list, the units are those the files declare by code.
  const read: { file: LedgerFile; v: Pick<GridValidation, 'info' | 'report' | 'rows'>; def: TemplateDefinition; claim: UnitClaim }[] = [];
  for (const file of files) {
    const { name, bytes } = file;
    if (!(bytes instanceof Uint8Array)) {
      refused.push({ file: name, reason: bytes.error });
      continue;
    }
    const v = validateFile(bytes, name, { period: period.code, today, ...(file.modified ? { sentOn: file.modified } : {}) });
    if (!v.template) {
      refused.push({ file: name, reason: v.report.issues.map((i) => renderIssue({ ...i, file: undefined })).join('；') });
      continue;
    }
    if (v.info.period && v.info.period !== period.code) {
      refused.push({ file: name, reason: `报送期次为“${periodRange(v.info.period)?.label ?? v.info.period}”，不是本次汇总的“${period.label}”。` });
      continue;
    }
    // Rows of a file with errors are never counted: let them go now rather than hold every file's rows.
    const kept = { info: v.info, report: v.report, rows: v.report.valid ? v.rows : [] };
    read.push({ file, v: kept, def: v.template, claim: claimOf(v.info, name, v.template) });
  }
  const matcher = unitMatcher(o.units ?? declaredUnits(read.map((r) => r.claim)));

  for (const { file: { name, modified }, v, def, claim } of read) {
    const unit = matcher.match(claim);
    if (!unit) {
      refused.push({ file: name, reason: '基本信息中没有填报单位或单位编码，文件名也看不出单位，请补填“填报单位”。' });
      continue;
    }
    const submittedAt = v.info.fillDate ?? modified;
    const { errors, warnings } = v.report.stats;
    const counted = v.report.valid;
    const outcome: FileOutcome = { file: name, templateId: def.id, unit, counted, used: true };
    outcomes.push(outcome);
    const candidate: Accepted = {
      file: name, submittedAt, counted, unit, def, outcome, rows: v.rows,
      submission: {
        unitCode: unit.code, templateId: def.id, version: 1, submittedAt, late: submittedAt > due, errors, warnings, source: name,
        status: statusOfReport(v.report), nilReturn: v.report.nilReturn === true,
      },
    };
    if (!seenUnits.has(unit.code)) seenUnits.set(unit.code, { code: unit.code, name: unit.name, parent: null, members: 0, teams: 0, branches: 0 });
    const source = unit.matchedBy === 'unlisted' ? (claim.code || claim.name ? '，取自基本信息' : '，取自文件名') : '';
    const unitText = `${unit.name}（${MATCHED_TEXT[unit.matchedBy]}${source}）`;
    lines.push(
      counted
        ? `  ${name}：${unitText}，${def.name}，有效 ${v.rows.length} 行${warnings ? `，提醒 ${warnings} 个` : ''}${candidate.submission.late ? `，逾期报送（填报日期 ${submittedAt}）` : ''}`
        : `  ${name}：${unitText}，${def.name}，有错误 ${errors} 个，按“已拒收”登记，数据不计入汇总：\n${v.report.issues
            .filter((i) => i.severity === 'error').slice(0, 10).map((i) => `      ${renderIssue({ ...i, file: undefined })}`).join('\n')}${errors > 10 ? `\n      ……另有 ${errors - 10} 个错误` : ''}`,
    );
    const key = `${unit.code}\u0000${def.id}`;
    const before = slots.get(key);
    if (!before) slots.set(key, candidate);
    else {
      const kept = preferLater(before, candidate);
      const dropped = kept === before ? candidate : before;
      slots.set(key, kept);
      dropped.outcome.used = false;
      lines.push(`  ${unit.name}的${def.name}收到多份：采用 ${kept.file}（填报日期 ${kept.submittedAt}），未采用 ${dropped.file}（填报日期 ${dropped.submittedAt}）`);
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
  return { summary, units, used: slots.size, lines, refused, files: outcomes, details };
}

/** What a file says about its unit; the file-name stem is unitOfFile's, asked with nothing else to go on. */
function claimOf(info: InfoBlock, fileName: string, def: TemplateDefinition): UnitClaim {
  const stem = unitOfFile({}, fileName, def, [])?.name;
  return {
    ...(info.unitCode ? { code: info.unitCode } : {}),
    ...(info.unitName ? { name: info.unitName } : {}),
    ...(stem ? { fileStem: stem } : {}),
  };
}

/** Without a unit list: every unit a file declares by 单位编码, named by the first file that does. */
function declaredUnits(claims: readonly UnitClaim[]): KnownUnit[] {
  const byCode = new Map<string, KnownUnit>();
  for (const c of claims) if (c.code && !byCode.has(c.code)) byCode.set(c.code, { code: c.code, name: c.name ?? c.code });
  return [...byCode.values()];
}

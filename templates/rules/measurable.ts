import type { Params, RowRule, RowValues } from '../model/definition.ts';
import { find } from './row-rules.ts';

/**
 * A pledge must be 能量化、能完成、易考核. We cannot judge "achievable", but we can
 * tell a pledge with a target ("每月走访2户", "办结来信三十件", "实现零投诉") from a
 * slogan ("进一步提高服务质量"). The heuristic accepts a text when it has any of:
 *
 * 1. a digit, ASCII or full-width (６月底前, 30件, 95%);
 * 2. a Chinese numeral directly followed by a measure word (三次, 十五件, 两个, 一百户,
 *    九成) — a bare 一 is everywhere (进一步, 统一, 一定), so it only counts with a unit;
 * 3. a frequency (每日/每天/每周/每月/每季度/每半年/每年…) or a same-day target (当日办结);
 * 4. an all-or-nothing target (全部, 全覆盖, 全员, 百分之百, 百分百, 零投诉/零差错);
 * 5. a rate with a target verb (办结率达到, 满意率不低于, 覆盖率保持在).
 *
 * Political watchwords that happen to contain a count (五个好, 三个代表, 四个意识) are
 * removed first: "争创五个好党组织" is a slogan, not a target.
 *
 * It is a warning, never an error: the branch secretary decides in the end. Known
 * misses are idioms with a counted noun (千家万户); they pass rather than nag.
 */

const WATCHWORDS = /五个好|五带头|三个代表|四个意识|四个自信|两个维护|两个确立|四个全面|四讲四有/g;

const NUMERAL = '[一二三四五六七八九十百千万两〇零壹贰叁肆伍陆柒捌玖拾佰仟]';
const MEASURE_WORDS = [
  '个', '次', '件', '人', '名', '位', '户', '家', '天', '日', '周', '月', '年', '季度',
  '小时', '分钟', '项', '篇', '场', '期', '本', '条', '份', '批', '轮', '堂', '元',
  '所', '处', '座', '台', '套', '封', '趟', '遍', '成', '张', '类', '课时', '学时', '公里', '米',
];
const PATTERNS: readonly RegExp[] = [
  /[0-9]/,
  // Only from the start of a run of numerals: trying every position inside a long run is quadratic (a 32,767-character cell took 11 s).
  new RegExp(`(?<!${NUMERAL})${NUMERAL}+(?:${MEASURE_WORDS.join('|')})`),
  /每(?:日|天|周|星期|旬|月|季|季度|半年|年|学期)|当日|当天/,
  /全部|全覆盖|全员|百分之|百分百|零(?:投诉|差错|失误|事故|违纪|积压|上访)/,
  /率(?:要|应|须)?(?:达到|达|不低于|不少于|保持在|保持|提高到|提升到|提高至|提升至)/,
];

/** True when `text` names a quantity, frequency or all-or-nothing target (see the heuristic above). */
export function isMeasurable(text: string): boolean {
  // Most pledges carry an ASCII digit, which NFKC and the watchword removal both keep: skip both.
  if (PATTERNS[0]!.test(text)) return true;
  const t = text.normalize('NFKC').replace(WATCHWORDS, '');
  return PATTERNS.some((re) => re.test(t));
}

/** Warns (row/not-measurable) when a pledge holds no number or measurable target. */
export function measurablePledge<P extends Params = Params>(column: string): RowRule<P> {
  return {
    id: `measurable:${column}`,
    describe: '承诺事项应能量化、能完成、易考核，写明数量、频次或目标（如“每月走访群众2次”“办结率达到100%”）。',
    check: (row: RowValues) => {
      const v = row[column];
      return typeof v === 'string' && v !== '' && !isMeasurable(v)
        ? [find('row/not-measurable', 'warning', column)]
        : [];
    },
  };
}

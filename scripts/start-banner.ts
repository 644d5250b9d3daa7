import { DEMO_ORG, DEMO_REVIEWERS, DEMO_UNITS } from './seed/org.ts';
import type { DemoTokens } from './start-tokens.ts';

export interface BannerInput {
  baseUrl: string;
  taskpane: boolean;
  tokens: DemoTokens;
  periods: { current: string; previous: string };
  tokensFile: string;
  persistTo: string;
}

const pad = (s: string, width: number): string => {
  // CJK characters take two columns in a terminal.
  const w = [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, width - w));
};

/** What `npm start` prints once the service is up: where it is, the demo tokens, and what to try. */
export function startBanner({ baseUrl, taskpane, tokens, periods, tokensFile, persistTo }: BannerInput): string {
  const line = (u: (typeof DEMO_UNITS)[number]) => `    ${pad(u.code, 9)}${pad(u.name, 30)}${tokens.units[u.code] ?? '（未签发）'}`;
  const unitLines = DEMO_UNITS.map(line);
  // The same tokens as above: a 党总支's unit token is also its review token.
  const reviewerLines = DEMO_REVIEWERS.map(line);
  const reviewer = DEMO_REVIEWERS[1] ?? DEMO_REVIEWERS[0]!;
  const someUnit = DEMO_UNITS[2]!;
  return [
    '',
    '════════ 台账通 本地演示已就绪（按 Ctrl-C 停止）════════',
    `  服务地址    ${baseUrl}`,
    taskpane ? `  任务窗格    ${baseUrl}/taskpane.html` : '  任务窗格    未构建（npm run build:addin 失败或不存在），接口不受影响',
    `  OpenAPI     ${baseUrl}/api/openapi.json`,
    `  演示机构    ${DEMO_ORG.name}（${tokens.org}），期次 ${periods.current}（本期）和 ${periods.previous}（上期）`,
    `  管理员令牌  ${tokens.admin}`,
    '  单位令牌：',
    ...unitLines,
    '  审核令牌（即各党总支的单位令牌：报送本级台账，并查看、退回、审核下属党支部的台账，得到本总支的汇总表）：',
    ...reviewerLines,
    '',
    '  试一试（复制到另一个终端）：',
    `    ADMIN=${tokens.admin}`,
    `    curl -H "Authorization: Bearer $ADMIN" "${baseUrl}/api/admin/status?period=${periods.current}"`,
    `    curl -H "Authorization: Bearer $ADMIN" -o 汇总表.xlsx "${baseUrl}/api/admin/summary.xlsx?period=${periods.current}"`,
    `    curl -H "Authorization: Bearer ${tokens.units[reviewer.code] ?? '<审核令牌>'}" "${baseUrl}/api/admin/status?period=${periods.current}"`,
    `    （上一条以${reviewer.name}的审核令牌查看本总支的报送情况，含待审核的台账）`,
    `    curl -o 承诺践诺台账.xlsx ${baseUrl}/api/templates/pledge-ledger/blank.xlsx`,
    // Validate, not submit: a blank template sent to /api/submissions would become the unit's latest version.
    `    curl -H "Authorization: Bearer ${tokens.units[someUnit.code] ?? '<单位令牌>'}" -F file=@承诺践诺台账.xlsx -F templateId=pledge-ledger -F period=${periods.current} ${baseUrl}/api/validate`,
    '    （最后一条只校验、不保存；空白模板会被指出“没有数据行”。报送请在任务窗格中进行。）',
    '',
    `  令牌另存于 ${tokensFile}，本地数据在 ${persistTo}；npm start -- --reset 清空本地数据并重新生成演示数据。`,
    '══════════════════════════════════════════════════════',
    '',
  ].join('\n');
}

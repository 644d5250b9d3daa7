/**
 * The office's board (报送情况) rendered in headless Chromium at 30 and 300
 * units × 9 ledgers, against two peers drawn in the same page from the same
 * board JSON (test/fixtures/status-board.ts; no worker):
 *
 *   - table: a plain innerHTML table of the same cells (same texts, classes
 *     and stylesheet) — the floor for putting that many cells on screen;
 *   - list:  the board as it was before issue 8, one row per unit × ledger
 *     built with the pane's h()/badge() (the long list it replaced).
 *
 *   npm run bench:board        (= tsx bench/board-render.ts)
 *   BENCH_UNITS=30,300 BENCH_RUNS=15
 *
 * Each sample times, inside the page, building the DOM, putting it in the
 * document and forcing style and layout (offsetHeight), so what the browser
 * must do before it can paint is included. Filtering: the matrix as a person
 * uses it — a click on the 未报送 tile, then a search typed into the box (an
 * input event per key) — against the plain table rebuilt with only the
 * matching rows. Median of BENCH_RUNS after two warm-ups, the renderers
 * interleaved so drift on a shared machine hits them alike; the ratios are
 * what to read.
 */
import { build } from 'esbuild';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { statusBoardJson, type BoardJson } from '../test/fixtures/status-board.ts';
import { median } from './measure.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SIZES = (process.env.BENCH_UNITS ?? '30,300').split(',').map(Number);
const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/**
 * The page's script, generated here rather than kept as a file so the root
 * typecheck never follows the pane's API types into the worker's
 * Cloudflare-typed modules (as bench/summary.ts does for its entry).
 */
const PAGE = `
import '${root('addin/src/ui/controls.css')}';
import '${root('addin/src/ui/pane.css')}';
import { applyFluentTheme } from '${root('addin/src/ui/fluent.ts')}';
import { badge, h, replace } from '${root('addin/src/ui/dom.ts')}';
import { chinaTime } from '${root('addin/src/pane/labels.ts')}';
import { STATE_TEXT } from '${root('addin/src/pane/status-board.ts')}';
import { boardPanel } from '${root('addin/src/views/board-panel.ts')}';

applyFluentTheme();
const host = document.getElementById('host');
const settle = () => host.offsetHeight;
const timed = (fn) => { const t = performance.now(); fn(); settle(); return performance.now() - t; };
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const tableHtml = (b, keep) => {
  const byUnit = new Map();
  for (const c of b.cells) (byUnit.get(c.unitCode) ?? byUnit.set(c.unitCode, []).get(c.unitCode)).push(c);
  let out = '<div class="matrix-scroll"><table class="matrix"><thead><tr><th class="mx-unit">单位</th>' + b.templates.map((t) => '<th title="' + esc(t.name) + '">' + esc(t.name.slice(0, 4)) + '</th>').join('') + '</tr></thead><tbody>';
  for (const u of b.units) {
    const cells = byUnit.get(u.code) ?? [];
    if (keep && !keep(u, cells)) continue;
    out += '<tr><th class="mx-unit"><div class="mx-name"><span>' + esc(u.name) + '</span></div><div class="mx-code">' + esc(u.code) + '</div></th>';
    for (const c of cells) out += '<td><button type="button" class="mx-cell" data-state="' + c.state + '"><span class="mx-st">' + (c.state === 'not_expected' ? '—' : STATE_TEXT[c.state] + (c.version ? ' v' + c.version : '')) + '</span>' + (c.submittedAt ? '<span class="mx-tm">' + chinaTime(c.submittedAt).slice(5) + '</span>' : '') + '</button></td>';
    out += '</tr>';
  }
  return out + '</tbody></table></div>';
};

// The board before issue 8 (addin/src/views/admin-status.ts at 08b52db): every unit × ledger a row.
const COLOR = { 'on_time': 'success', late: 'warning', missing: 'danger', returned: 'important', rejected: 'danger', 'not_expected': 'subtle' };
const oldList = (b) => {
  const name = new Map(b.units.map((u) => [u.code, u.name]));
  const byUnit = new Map();
  for (const c of b.cells) byUnit.set(c.unitCode, [...(byUnit.get(c.unitCode) ?? []), c]);
  return h('table', { class: 'grid' },
    h('thead', null, h('tr', null, h('th', null, '单位 / 台账'), h('th', null, '状态 / 报送时间'), h('th', null, ''))),
    h('tbody', null, ...b.units.flatMap((u) => (byUnit.get(u.code) ?? []).map((c) => h('tr', null,
      h('td', null, h('div', { class: 'unit-name' }, name.get(c.unitCode)), h('div', { class: 'hint' }, b.templates.find((t) => t.id === c.templateId).name)),
      h('td', null, badge(STATE_TEXT[c.state], COLOR[c.state]), h('div', { class: 'hint' }, c.submittedAt ? chinaTime(c.submittedAt) : '—'), c.returnComment ? h('div', { class: 'hint' }, '退回意见：' + c.returnComment) : null),
      h('td', null, c.state === 'on_time' || c.state === 'late' ? h('button', { type: 'button', class: 'btn subtle' }, '退回') : null))))));
};

const clear = () => { replace(host); settle(); };
const typeInto = (input, text) => { for (const ch of text) { input.value += ch; input.dispatchEvent(new Event('input')); } };

window.bench = {
  matrix: (b) => { clear(); return timed(() => replace(host, boardPanel(b, { state: null, query: '', collapsed: new Set() }, () => {}).el)); },
  table: (b) => { clear(); return timed(() => { host.innerHTML = tableHtml(b); }); },
  list: (b) => { clear(); return timed(() => replace(host, oldList(b))); },
  // Run right after matrix(b): the tile, then clear it; the search, then clear it.
  matrixTile: () => { const t = host.querySelector('[data-test=count-missing]'); const ms = timed(() => t.click()); t.click(); settle(); return ms; },
  matrixSearch: (q) => { const s = host.querySelector('[data-test=board-search]'); const ms = timed(() => typeInto(s, q)); s.value = ''; s.dispatchEvent(new Event('input')); settle(); return ms; },
  tableTile: (b) => timed(() => { host.innerHTML = tableHtml(b, (u, cells) => cells.some((c) => c.expected && c.state === 'missing')); }),
  tableSearch: (b, q) => timed(() => { let typed = ''; for (const ch of q) { typed += ch; host.innerHTML = tableHtml(b, (u) => u.name.includes(typed) || u.code.toLowerCase().includes(typed)); } }),
};
`;

async function pageBundle(): Promise<{ js: string; css: string }> {
  const out = await build({
    stdin: { contents: PAGE, resolveDir: root(''), sourcefile: 'board-bench-page.ts', loader: 'ts' },
    bundle: true, format: 'iife', target: 'es2022', write: false, outdir: '/board-bench', minify: true, logLevel: 'error',
  });
  const text = (ext: string) => out.outputFiles.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
  return { js: text('.js'), css: text('.css') };
}

type Kind = 'matrix' | 'table' | 'list' | 'matrixTile' | 'tableTile' | 'matrixSearch' | 'tableSearch';
const f = (n: number, d = 1) => n.toFixed(d);

const { js, css } = await pageBundle();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="app"><main id="host"></main></div></body></html>`);
  await page.addScriptTag({ content: js });
  const call = (kind: Kind, b: BoardJson, q = '') =>
    page.evaluate(([k, board, query]) => {
      const api = (window as unknown as { bench: Record<string, (b: unknown, q?: string) => number> }).bench;
      if (k === 'matrixTile' || k === 'matrixSearch') {
        api.matrix!(board);
        return k === 'matrixTile' ? api.matrixTile!(board) : api.matrixSearch!(query);
      }
      return api[k]!(board, query);
    }, [kind, b, q] as const);

  console.log(`Chromium ${browser.version()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; median of ${RUNS} after 2 warm-ups, ms (in the page: DOM + style + layout)\n`);
  console.log('| units × ledgers | cells | matrix | plain table | old list | matrix ÷ table | matrix ÷ old list | tile 未报送: matrix | rebuilt table | ÷ | search “第一”: matrix | rebuilt table | ÷ |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const units of SIZES) {
    const board = statusBoardJson(units);
    const kinds: Kind[] = ['matrix', 'table', 'list', 'matrixTile', 'tableTile', 'matrixSearch', 'tableSearch'];
    const samples = new Map<Kind, number[]>(kinds.map((k) => [k, []]));
    for (let i = 0; i < RUNS + 2; i++)
      for (const k of i % 2 ? [...kinds].reverse() : kinds) {
        // 机关第一党支部（1…） is every 10th unit of the fixture: the search leaves a tenth of the board.
        const ms = await call(k, board, '第一');
        if (i >= 2) samples.get(k)!.push(ms);
      }
    const m = (k: Kind) => median(samples.get(k)!);
    console.log(`| ${board.units.length} × ${board.templates.length} | ${board.cells.length} | ${f(m('matrix'))} | ${f(m('table'))} | ${f(m('list'))} | ${f(m('matrix') / m('table'), 2)} | ${f(m('matrix') / m('list'), 2)} | ${f(m('matrixTile'))} | ${f(m('tableTile'))} | ${f(m('matrixTile') / m('tableTile'), 2)} | ${f(m('matrixSearch'))} | ${f(m('tableSearch'))} | ${f(m('matrixSearch') / m('tableSearch'), 2)} |`);
  }
} finally {
  await browser.close();
}

import { periodOptions, templateOptions, type AppContext } from '../app-context.ts';
import { h, messageBar, select } from '../ui/dom.ts';

/** 报送期次 and 台账: what the unit validates and submits against; remembered in settings. */
export function slotPicker(ctx: AppContext, withTemplate: boolean, onChange: () => void): HTMLElement {
  const periods = periodOptions(ctx.me);
  if (periods.length === 0) return messageBar('info', '机关党委尚未设置报送期次，暂时无法报送；可以先下载模板填写。');
  if (!periods.some((p) => p.value === ctx.settings.period)) ctx.settings.period = periods[0]!.value;
  const templates = templateOptions(ctx.me, ctx.settings.period);
  if (withTemplate && !templates.some((t) => t.value === ctx.settings.templateId)) ctx.settings.templateId = templates[0]?.value ?? '';
  const due = templates.find((t) => t.value === ctx.settings.templateId)?.due;
  return h('div', { class: 'row' },
    select('报送期次', periods, ctx.settings.period, async (v) => { await ctx.saveSettings({ period: v }); onChange(); }, 'period'),
    withTemplate
      ? select('台账', templates.map((t) => ({ value: t.value, text: t.text })), ctx.settings.templateId, async (v) => { await ctx.saveSettings({ templateId: v }); onChange(); }, 'template')
      : null,
    withTemplate && due ? h('p', { class: 'hint', style: 'flex-basis:100%' }, `截止日期：${due}（逾期仍可报送，记为逾期报送）`) : null,
  );
}

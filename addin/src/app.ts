import { apiClient, ok, type Me } from './api/client.ts';
import type { AppContext, Boot } from './app-context.ts';
import { paneTabs, scopeTitle, type PaneTab } from './pane/roles.ts';
import type { PaneSettings } from './pane/settings.ts';
import { h, replace, section, spinner } from './ui/dom.ts';
import { errorText } from './ui/errors.ts';
import { tabList } from './ui/tabs.ts';
import { adminSetupView } from './views/admin-setup.ts';
import { adminStatusView } from './views/admin-status.ts';
import { adminSummaryView } from './views/admin-summary.ts';
import { connectView } from './views/connect.ts';
import { mySubmissionsView } from './views/my-submissions.ts';
import { unitUploadView } from './views/unit-upload.ts';
import { unitWorkbookView } from './views/unit-workbook.ts';

interface Tab {
  id: string;
  label: string;
  view: (ctx: AppContext) => HTMLElement;
}

type Screen = Omit<Tab, 'id'>;

const MODE_TEXT = { office: 'Excel 加载项', memory: 'Excel 加载项（演示工作簿）', browser: '网页版' } as const;

/** The pane's shell: header, tabs by role (decided by the token via /api/me), and the settings screen. */
export async function startApp(root: HTMLElement, boot: Boot): Promise<void> {
  let settings = await boot.store.load();
  const who = h('div', { class: 'who' });
  const tabsHost = h('div', { class: 'tabs' });
  const main = h('main', { id: 'pane-main' });
  replace(root, h('div', { class: 'app' },
    h('header', { class: 'top' }, h('img', { src: '/assets/icon-32.png', alt: '' }), h('div', null, h('div', { class: 'title' }, '台账通'), h('div', { style: 'font-size:12px;opacity:.9' }, MODE_TEXT[boot.mode])), who),
    tabsHost, main));

  const save = async (next: PaneSettings) => {
    settings = next;
    await boot.store.save(settings);
  };

  const showConnect = (intro?: string) => {
    replace(who);
    replace(tabsHost);
    main.removeAttribute('role');
    main.removeAttribute('aria-labelledby');
    replace(main, connectView(settings, async (s, me) => { await save(s); enter(me); }, intro));
  };

  const enter = (me: Me) => {
    const ctx: AppContext = {
      mode: boot.mode, workbook: boot.workbook, settings: { ...settings }, api: apiClient(settings.server, settings.token), me,
      saveSettings: async (patch) => { Object.assign(ctx.settings, patch); await save({ ...ctx.settings }); },
    };
    // A reviewer (a unit with sub-units) is told apart by the subtree its office screens show.
    replace(who, me.kind === 'admin' ? '机关党委（管理员）' : scopeTitle(me) ?? `${me.unit?.name ?? me.label}`, h('br'), me.kind === 'admin' ? me.label : `单位编码 ${me.unit?.code ?? ''}`);
    who.setAttribute('data-test', 'who');
    const forget = async () => {
      await save({ ...settings, token: '' });
      showConnect('已退出，本机不再保存令牌。再次使用请填写访问令牌。');
    };
    const screens: Record<PaneTab, Screen> = {
      check: { label: '填报校验', view: boot.workbook ? unitWorkbookView : unitUploadView },
      mine: { label: '我的报送', view: mySubmissionsView },
      status: { label: '报送情况', view: adminStatusView },
      summary: { label: '汇总表', view: adminSummaryView },
      setup: { label: '机构设置', view: adminSetupView },
      settings: { label: '设置', view: () => connectView(settings, async (s, next) => { await save(s); enter(next); }, '更换服务器或令牌后重新连接。', forget) },
    };
    const tabs: Tab[] = paneTabs(me).map((id) => ({ id, ...screens[id] }));
    let current = '';
    const open = (id: string) => {
      if (id === current) return;
      current = id;
      const tab = tabs.find((t) => t.id === id) ?? tabs[0]!;
      replace(main, tab.view(ctx));
    };
    main.setAttribute('role', 'tabpanel');
    replace(tabsHost, tabList(tabs, main, '台账通功能', open));
    open(tabs[0]!.id);
  };

  if (!settings.token) return showConnect('首次使用请填写机关党委签发的访问令牌。');
  replace(main, h('div', { class: 'center' }, spinner('small', null), '正在连接…'));
  try {
    enter(await ok<Me>(apiClient(settings.server, settings.token).api.me.$get()));
  } catch (error) {
    showConnect();
    main.insertBefore(section('无法连接', h('p', null, errorText(error))), main.firstChild);
  }
}

import { apiClient, ok, type Me } from '../api/client.ts';
import { normaliseServer, type PaneSettings } from '../pane/settings.ts';
import { button, h, messageBar, replace, section } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';

/**
 * Server address and token. The token alone decides the role: GET /api/me says
 * whether it is the office's (admin) or a unit's.
 */
export function connectView(settings: PaneSettings, onConnected: (s: PaneSettings, me: Me) => Promise<void>, intro?: string): HTMLElement {
  const server = h('fluent-text-input', { value: settings.server, placeholder: location.origin, 'data-test': 'server' }, '服务器地址');
  const token = h('fluent-text-input', { value: settings.token, type: 'password', placeholder: 'tzt_…', 'data-test': 'token' }, '访问令牌');
  const status = h('div');
  const connect = async () => {
    const address = normaliseServer(String((server as unknown as { value: string }).value ?? ''));
    const secret = String((token as unknown as { value: string }).value ?? '').trim();
    if (address === null) return replace(status, messageBar('error', '服务器地址应以 http:// 或 https:// 开头，例如 https://tz.example.gov.cn。'));
    if (secret === '') return replace(status, messageBar('error', '请填写机关党委签发的访问令牌。'));
    replace(status, h('fluent-spinner', { size: 'tiny' }));
    try {
      const me = await ok<Me>(apiClient(address, secret).api.me.$get());
      await onConnected({ ...settings, server: address, token: secret }, me);
    } catch (error) {
      replace(status, messageBar('error', errorText(error)));
    }
  };
  return section(
    '连接台账通',
    intro ? h('p', { class: 'hint' }, intro) : null,
    server,
    h('p', { class: 'hint' }, '留空即使用本页面所在的服务器。'),
    token,
    h('p', { class: 'hint' }, '令牌由机关党委签发：单位令牌用于填报和报送，管理员令牌用于查看报送情况和汇总。令牌只保存在本机，不会写入表格。'),
    h('div', { class: 'row' }, button('保存并连接', connect, 'primary', 'connect')),
    status,
  );
}

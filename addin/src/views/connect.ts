import { apiClient, ok, type Me } from '../api/client.ts';
import { normaliseServer, type PaneSettings } from '../pane/settings.ts';
import { button, field, h, messageBar, replace, section, spinner } from '../ui/dom.ts';
import { errorText } from '../ui/errors.ts';

/**
 * Server address and token. The token alone decides the role: GET /api/me says
 * whether it is the office's (admin) or a unit's.
 */
export function connectView(
  settings: PaneSettings, onConnected: (s: PaneSettings, me: Me) => Promise<void>, intro?: string, onForget?: () => Promise<void>,
): HTMLElement {
  const server = h('input', { class: 'input', type: 'url', value: settings.server, placeholder: location.origin, autocomplete: 'url', spellcheck: 'false', 'data-test': 'server' });
  const token = h('input', { class: 'input', type: 'password', value: settings.token, placeholder: 'tzt_…', autocomplete: 'off', spellcheck: 'false', 'data-test': 'token' });
  const status = h('div');
  const connect = async () => {
    const address = normaliseServer(server.value);
    const secret = token.value.trim();
    if (address === null) return replace(status, messageBar('error', '服务器地址应以 http:// 或 https:// 开头，例如 https://tz.example.gov.cn。'));
    if (secret === '') return replace(status, messageBar('error', '请填写机关党委签发的访问令牌。'));
    replace(status, spinner('tiny', '正在连接'));
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
    field('服务器地址', server),
    h('p', { class: 'hint' }, '留空即使用本页面所在的服务器。'),
    field('访问令牌', token),
    h('p', { class: 'hint' }, '令牌由机关党委签发：单位令牌用于填报和报送，管理员令牌用于查看报送情况和汇总。令牌只保存在本机，不会写入表格。'),
    h('div', { class: 'row' },
      button('保存并连接', connect, 'primary', 'connect'),
      // On a shared computer the token must be removable: it is the unit's whole identity.
      onForget && settings.token ? button('退出并清除令牌', onForget, 'subtle', 'forget') : null),
    status,
  );
}

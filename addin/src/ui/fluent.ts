import { webLightTheme } from '@fluentui/tokens';
import '@fluentui/web-components/badge.js';
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/divider.js';
import '@fluentui/web-components/message-bar.js';
import '@fluentui/web-components/progress-bar.js';
import '@fluentui/web-components/spinner.js';
import '@fluentui/web-components/tab.js';
import '@fluentui/web-components/tablist.js';
import '@fluentui/web-components/text-input.js';
import '@fluentui/web-components/textarea.js';
import { setTheme } from '@fluentui/web-components/theme/set-theme.js';

/** Only the components the pane uses are defined, which keeps the bundle lean. */
export function useFluent(): void {
  setTheme(webLightTheme);
}

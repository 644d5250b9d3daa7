/// <reference types="office-js" />
import type { PaneSettings, SettingsStore } from '../pane/settings.ts';
import { parseSettings } from '../pane/settings.ts';

const KEY = 'taizhangtong.pane';

/**
 * Server, period and ledger live in the document's settings (they belong to
 * this workbook); the token stays in the add-in's own storage, because a
 * document's settings travel with the file wherever it is e-mailed.
 */
export const documentSettings = (tokenStore: SettingsStore): SettingsStore => ({
  async load() {
    const local = await tokenStore.load();
    const doc = parseSettings(Office.context.document.settings.get(KEY));
    return { ...doc, token: local.token };
  },
  async save(settings: PaneSettings) {
    await tokenStore.save({ ...(await tokenStore.load()), token: settings.token });
    const { token: _token, ...rest } = settings;
    Office.context.document.settings.set(KEY, rest);
    await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
  },
});

/// <reference types="office-js" />
import type { PaneSettings, SettingsStore } from '../pane/settings.ts';
import { documentSlot, withDocumentSlot } from '../pane/settings.ts';
import { WorkbookError } from '../workbook/errors.ts';

const KEY = 'taizhangtong.pane';

/**
 * Period and ledger live in the document's settings (they belong to this
 * workbook); server and token stay in the add-in's own storage, because a
 * document's settings travel with the file wherever it is e-mailed.
 */
export const documentSettings = (localStore: SettingsStore): SettingsStore => ({
  async load() {
    return withDocumentSlot(await localStore.load(), Office.context.document.settings.get(KEY));
  },
  async save(settings: PaneSettings) {
    await localStore.save(settings);
    Office.context.document.settings.set(KEY, documentSlot(settings));
    await new Promise<void>((resolve, reject) =>
      Office.context.document.settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new WorkbookError('host', '无法把期次和台账保存到当前工作簿，请确认工作簿未以只读方式打开后重试。', { cause: result.error }));
        } else resolve();
      }));
  },
});

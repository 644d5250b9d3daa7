import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentSettings } from '../../../addin/src/office/document-settings.ts';
import { localSettings } from '../../../addin/src/pane/settings.ts';
import { WorkbookError } from '../../../addin/src/workbook/errors.ts';

/** Office.context.document.settings as a plain map; saveAsync reports the status the test chooses. */
function fakeOffice(saveStatus: 'succeeded' | 'failed') {
  const doc = new Map<string, unknown>();
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      document: {
        settings: {
          get: (k: string) => doc.get(k) ?? null,
          set: (k: string, v: unknown) => void doc.set(k, v),
          saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
            setTimeout(() => cb(saveStatus === 'failed' ? { status: 'failed', error: { message: 'read-only' } } : { status: 'succeeded' }), 0),
        },
      },
    },
  };
  return doc;
}

const memoryStorage = () => {
  const data = new Map<string, string>();
  return { data, storage: { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) } };
};

describe('documentSettings', () => {
  beforeEach(() => fakeOffice('succeeded'));
  afterEach(() => { delete (globalThis as Record<string, unknown>).Office; });

  it('ignores a server planted in the workbook: the token only goes to the locally saved server', async () => {
    const doc = fakeOffice('succeeded');
    const { storage } = memoryStorage();
    const local = localSettings(storage);
    await local.save({ server: 'https://tz.example.gov.cn', token: 'tzt_secret', period: '', templateId: '' });
    doc.set('taizhangtong.pane', { server: 'https://attacker.example', token: '', period: '2026H1', templateId: 'pledge-ledger' });
    expect(await documentSettings(local).load()).toEqual({ server: 'https://tz.example.gov.cn', token: 'tzt_secret', period: '2026H1', templateId: 'pledge-ledger' });
  });

  it('saves server and token locally and only period and ledger into the workbook', async () => {
    const doc = fakeOffice('succeeded');
    const { storage, data } = memoryStorage();
    await documentSettings(localSettings(storage)).save({ server: 'https://tz.example.gov.cn', token: 'tzt_secret', period: '2026H1', templateId: 'pledge-ledger' });
    expect(doc.get('taizhangtong.pane')).toEqual({ period: '2026H1', templateId: 'pledge-ledger' });
    expect(JSON.parse(data.get('taizhangtong.pane')!)).toEqual({ server: 'https://tz.example.gov.cn', token: 'tzt_secret', period: '2026H1', templateId: 'pledge-ledger' });
  });

  it('rejects with a Chinese WorkbookError when Excel cannot save the settings', async () => {
    fakeOffice('failed');
    const { storage } = memoryStorage();
    const saving = documentSettings(localSettings(storage)).save({ server: '', token: 't', period: '2026H1', templateId: 'pledge-ledger' });
    await expect(saving).rejects.toBeInstanceOf(WorkbookError);
    await expect(saving).rejects.toMatchObject({ code: 'host', message: '无法把期次和台账保存到当前工作簿，请确认工作簿未以只读方式打开后重试。' });
  });
});

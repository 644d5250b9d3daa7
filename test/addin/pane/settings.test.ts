import { describe, expect, it } from 'vitest';
import { documentSlot, localSettings, normaliseServer, parseSettings, safeStorage, withDocumentSlot } from '../../../addin/src/pane/settings.ts';
import { chinaTime } from '../../../addin/src/pane/labels.ts';
import { fileNameOf } from '../../../addin/src/api/client.ts';

describe('pane settings', () => {
  it('keeps only known string fields', () => {
    expect(parseSettings({ token: ' tzt_x ', period: 7, extra: 'y' })).toEqual({ server: '', token: 'tzt_x', period: '', templateId: '' });
    expect(parseSettings(null)).toEqual({ server: '', token: '', period: '', templateId: '' });
  });

  it('normalises the server address to an origin and refuses non-http schemes', () => {
    expect(normaliseServer(' https://tz.example.gov.cn/taskpane.html ')).toBe('https://tz.example.gov.cn');
    expect(normaliseServer('')).toBe('');
    expect(normaliseServer('javascript:alert(1)')).toBeNull();
    expect(normaliseServer('tz.example')).toBeNull();
  });

  it('round-trips through storage and survives a corrupt entry', async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const store = localSettings(storage);
    await store.save({ server: '', token: 't', period: '2026H1', templateId: 'pledge-ledger' });
    expect(await store.load()).toEqual({ server: '', token: 't', period: '2026H1', templateId: 'pledge-ledger' });
    data.set('taizhangtong.pane', '{oops');
    expect((await store.load()).token).toBe('');
  });
});

describe('settings carried by a workbook', () => {
  const local = { server: 'https://tz.example.gov.cn', token: 'tzt_secret', period: '2025H2', templateId: 'pledge-ledger' };

  it('never takes the server or token from the document', () => {
    const prepared = { server: 'https://attacker.example', token: 'tzt_other', period: '2026H1', templateId: 'review-ledger' };
    expect(withDocumentSlot(local, prepared)).toEqual({ server: 'https://tz.example.gov.cn', token: 'tzt_secret', period: '2026H1', templateId: 'review-ledger' });
  });

  it('falls back to the local period and ledger when the document has none', () => {
    expect(withDocumentSlot(local, undefined)).toEqual(local);
    expect(withDocumentSlot(local, { period: '2026H1' })).toEqual({ ...local, period: '2026H1' });
  });

  it('writes only period and ledger into the document', () => {
    expect(documentSlot(local)).toEqual({ period: '2025H2', templateId: 'pledge-ledger' });
  });
});

describe('safeStorage', () => {
  it('falls back to memory when localStorage throws', async () => {
    const storage = safeStorage(() => { throw new DOMException('The operation is insecure.', 'SecurityError'); });
    const store = localSettings(storage);
    expect(await store.load()).toEqual({ server: '', token: '', period: '', templateId: '' });
    await store.save({ server: '', token: 't', period: '2026H1', templateId: '' });
    expect((await store.load()).token).toBe('t');
  });

  it('falls back when reading throws, and uses the real storage when it works', () => {
    const throwing = { getItem: (): string | null => { throw new DOMException('denied', 'SecurityError'); }, setItem: () => {} };
    expect(safeStorage(() => throwing)).not.toBe(throwing);
    const working = { getItem: () => null, setItem: () => {} };
    expect(safeStorage(() => working)).toBe(working);
  });
});

describe('labels', () => {
  it('shows times in China time', () => {
    expect(chinaTime('2026-07-10T02:03:04.000Z')).toBe('2026-07-10 10:03');
    expect(chinaTime('not a date')).toBe('not a date');
  });

  it('reads the Chinese file name from Content-Disposition', () => {
    expect(fileNameOf(`attachment; filename="summary-2026H1.xlsx"; filename*=UTF-8''%E6%B1%87%E6%80%BB%E8%A1%A8.xlsx`)).toBe('汇总表.xlsx');
    expect(fileNameOf('attachment; filename="a.xlsx"')).toBe('a.xlsx');
    expect(fileNameOf(null)).toBeNull();
  });
});

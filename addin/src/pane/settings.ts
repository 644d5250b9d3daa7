/** What the pane remembers between sessions: never written into a sheet. */
export interface PaneSettings {
  /** Empty = the origin the pane was served from (the normal case). */
  server: string;
  token: string;
  period: string;
  templateId: string;
}

export const EMPTY_SETTINGS: PaneSettings = { server: '', token: '', period: '', templateId: '' };

export interface SettingsStore {
  load(): Promise<PaneSettings>;
  save(settings: PaneSettings): Promise<void>;
}

const KEY = 'taizhangtong.pane';

/** Keeps only known string fields, so a tampered or older entry cannot break the pane. */
export function parseSettings(raw: unknown): PaneSettings {
  const out = { ...EMPTY_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const k of Object.keys(out) as (keyof PaneSettings)[]) {
      const v = (raw as Record<string, unknown>)[k];
      if (typeof v === 'string') out[k] = v.trim();
    }
  }
  return out;
}

/** "https://x.example.com/" → "https://x.example.com"; empty stays empty (same origin); anything not http(s) is refused. */
export function normaliseServer(input: string): string | null {
  const s = input.trim();
  if (s === '') return '';
  try {
    const url = new URL(s);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** What a workbook may carry: which period and ledger it is for. Never the server or the token. */
export interface DocumentSlot {
  period: string;
  templateId: string;
}

export const documentSlot = (settings: PaneSettings): DocumentSlot => ({ period: settings.period, templateId: settings.templateId });

/**
 * A workbook's settings travel with the file, so a prepared workbook could name
 * any server: if that server came from the document, the pane would send the
 * user's token there. Server and token therefore always come from the add-in's
 * own storage; the document only chooses period and ledger.
 */
export function withDocumentSlot(local: PaneSettings, documentRaw: unknown): PaneSettings {
  const doc = parseSettings(documentRaw);
  return { ...local, period: doc.period || local.period, templateId: doc.templateId || local.templateId };
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * localStorage, or an in-memory stand-in when the host refuses it (SecurityError
 * with storage blocked, some embedded WebViews): the pane still works, the user
 * just has to enter the token again next time.
 */
export function safeStorage(open: () => KeyValueStorage): KeyValueStorage {
  try {
    const storage = open();
    storage.getItem(KEY);
    return storage;
  } catch {
    const data = new Map<string, string>();
    return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  }
}

/** Browser mode (and the add-in's own storage in Office, which each add-in origin gets to itself). */
export const localSettings = (storage: KeyValueStorage): SettingsStore => ({
  async load() {
    try {
      return parseSettings(JSON.parse(storage.getItem(KEY) ?? 'null'));
    } catch {
      return { ...EMPTY_SETTINGS };
    }
  },
  async save(settings) {
    storage.setItem(KEY, JSON.stringify(settings));
  },
});

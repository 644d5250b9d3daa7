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

/** Browser mode (and the add-in's own storage in Office, which each add-in origin gets to itself). */
export const localSettings = (storage: Pick<Storage, 'getItem' | 'setItem'>): SettingsStore => ({
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

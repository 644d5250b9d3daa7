import type { Api, Me } from './api/client.ts';
import type { PaneSettings, SettingsStore } from './pane/settings.ts';
import type { WorkbookAdapter } from './workbook/adapter.ts';

/** office: inside Excel; memory: the pane's flows against an in-memory workbook (tests); browser: the plain upload page (WPS users). */
export type PaneMode = 'office' | 'memory' | 'browser';

export interface AppContext {
  mode: PaneMode;
  workbook: WorkbookAdapter | null;
  settings: PaneSettings;
  api: Api;
  me: Me;
  saveSettings(patch: Partial<PaneSettings>): Promise<void>;
}

export interface Boot {
  mode: PaneMode;
  workbook: WorkbookAdapter | null;
  store: SettingsStore;
}

/** Distinct period codes, newest first, with their labels. */
export const periodOptions = (me: Me): { value: string; text: string }[] => {
  const seen = new Map<string, string>();
  for (const p of me.periods) if (!seen.has(p.code)) seen.set(p.code, p.label);
  // The label alone: 「2026年上半年（2026H1）」 was cut off in a 320 px pane.
  return [...seen].map(([value, label]) => ({ value, text: label }));
};

/** Ledgers the office set for one period. */
export const templateOptions = (me: Me, period: string): { value: string; text: string; due: string }[] =>
  me.periods.filter((p) => p.code === period).map((p) => ({ value: p.templateId, text: p.templateName, due: p.due }));

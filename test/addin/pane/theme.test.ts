import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { webLightTheme } from '@fluentui/tokens';
import { describe, expect, it } from 'vitest';
import { themeRule } from '../../../addin/src/ui/fluent.ts';

const uiDir = fileURLToPath(new URL('../../../addin/src/ui/', import.meta.url));
const css = readdirSync(uiDir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(uiDir + f, 'utf8')).join('\n');

describe('Fluent theme as custom properties', () => {
  it('declares each token on :root under its own name', () => {
    expect(themeRule({ colorBrandBackground: '#0f6cbd', zIndexPopup: 1000 })).toBe(':root{--colorBrandBackground:#0f6cbd;--zIndexPopup:1000;}');
  });

  it('every var() in the pane stylesheets is a light-theme token or declared in those stylesheets', () => {
    // A misspelt token is no error in CSS: the colour or radius just silently goes missing.
    const used = new Set([...css.matchAll(/var\(--([\w-]+)/g)].map((m) => m[1]!));
    const declared = new Set([...css.matchAll(/(?:^|[\s;{])--([\w-]+)\s*:/g)].map((m) => m[1]!));
    const defined = (name: string) => name in webLightTheme || declared.has(name);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((name) => !defined(name))).toEqual([]);
  });
});

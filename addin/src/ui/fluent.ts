import { webLightTheme } from '@fluentui/tokens';

/** A flat token table: Fluent's themes, or any record of CSS-safe values. */
export type Tokens = Readonly<Record<string, string | number>>;

/**
 * The theme as one `:root` rule declaring every token as a custom property
 * (`--colorBrandBackground: #0f6cbd`), the names Fluent's own components read.
 * The pane's controls are native elements styled with these (controls.css).
 */
export function themeRule(tokens: Tokens): string {
  return `:root{${Object.entries(tokens).map(([name, value]) => `--${name}:${String(value)};`).join('')}}`;
}

/** Installs Fluent's light theme once, ahead of the pane's styles. */
export function applyFluentTheme(doc: Document = document): void {
  if (doc.getElementById('fluent-theme')) return;
  const style = doc.createElement('style');
  style.id = 'fluent-theme';
  style.textContent = themeRule(webLightTheme);
  doc.head.insertBefore(style, doc.head.firstChild);
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The demo's tokens in plain text. D1 keeps only their sha256, so this file is
 * the one place they can be printed again; it lives under .wrangler/ (gitignored)
 * beside the local data it belongs to, and only ever holds demo tokens.
 */
export interface DemoTokens {
  org: string;
  admin: string;
  /** Unit code → token. */
  units: Record<string, string>;
  /** The demo submissions are all in (and backdated); a later start only prints. */
  seeded: boolean;
}

export function readTokens(path: string): DemoTokens | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<DemoTokens>;
    return typeof parsed.admin === 'string' && typeof parsed.org === 'string'
      ? { org: parsed.org, admin: parsed.admin, units: parsed.units ?? {}, seeded: parsed.seeded === true }
      : null;
  } catch {
    return null;
  }
}

export function writeTokens(path: string, tokens: DemoTokens): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
}

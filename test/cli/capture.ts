import { vi } from 'vitest';

/** Runs a CLI's main() with console.log/error captured into `out` and `err` (restore with vi.restoreAllMocks). */
export function captureCli(main: (argv: string[]) => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const run = (...args: string[]) => {
    out.length = 0;
    err.length = 0;
    vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
    vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(s));
    return main(args);
  };
  return { out, err, run };
}

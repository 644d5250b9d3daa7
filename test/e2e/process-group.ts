import { existsSync, readdirSync, readFileSync } from 'node:fs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Whether any non-zombie process is still in the group. kill(-pgid, 0) alone
 * is not enough: workerd is re-parented when wrangler dies, and an init that
 * does not reap (as in this container) leaves a zombie that still answers it.
 */
export function groupAlive(pgid: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // The command name may hold spaces and ')': the fields after it start past the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') return true;
  }
  return false;
}

/** SIGTERM to the whole group, then SIGKILL if anything is left after `graceMs`; resolves true once the group is empty. */
export async function stopGroup(pgid: number, graceMs = 5_000): Promise<boolean> {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (!groupAlive(pgid)) return true;
    try {
      process.kill(-pgid, signal);
    } catch {
      return !groupAlive(pgid);
    }
    const until = Date.now() + graceMs;
    while (Date.now() < until) {
      if (!groupAlive(pgid)) return true;
      await sleep(100);
    }
  }
  return !groupAlive(pgid);
}

/** Last resort from a synchronous `exit` handler: no waiting is possible there. */
export function killGroupNow(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

import { ApiError } from '../api/client.ts';

export interface ImportProblem {
  sheet: string;
  /** A1 address, or "" for a problem with the sheet as a whole. */
  cell: string;
  message: string;
}

/**
 * The problems of a refused 单位名单 (422 units/invalid): every one the
 * service found, each at its sheet and cell, in the order it reports them.
 * The message leaves out the 「B3：」 it starts with, as the cell has its own column.
 */
export function importProblems(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'units/invalid' || !Array.isArray(error.details)) return [];
  return error.details.flatMap((d: unknown) => {
    const p = d as { sheet?: unknown; cell?: unknown; message?: unknown };
    if (typeof p.message !== 'string') return [];
    const cell = typeof p.cell === 'string' ? p.cell : '';
    const message = cell && p.message.startsWith(`${cell}：`) ? p.message.slice(cell.length + 1) : p.message;
    return [{ sheet: typeof p.sheet === 'string' ? p.sheet : '', cell, message }];
  });
}

/** The headline over a refused list's table: how many problems, and that nothing went in (the table says which). */
export const importRefusedHeadline = (problems: number): string => `单位名单有 ${problems} 处问题，未导入任何单位。`;

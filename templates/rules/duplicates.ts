import type { ColumnDef, Params, SheetFinding, SheetRule } from '../model/definition.ts';
import { nameKey } from './name-key.ts';

/**
 * Rows that agree on every column of `keys` are probably the same record entered
 * twice (a member listed twice in the roster, an object rated twice). Each repeat
 * gets a warning (sheet/duplicate-row) pointing at the first occurrence; rows with
 * a blank key column are left alone, their blank is reported elsewhere.
 */
export function duplicateRows<P extends Params = Params>(columns: readonly ColumnDef[], keys: readonly [string, ...string[]]): SheetRule<P> {
  const headers = keys.map((k) => {
    const col = columns.find((c) => c.key === k);
    if (!col) throw new Error(`unknown column key: ${k}`);
    return `“${col.header}”`;
  });
  return {
    id: `duplicate:${keys.join('+')}`,
    describe: `${headers.join('、')}${keys.length > 1 ? '都' : ''}相同的记录只应填写一行。`,
    check: (rows) => {
      const first = new Map<string, number>();
      const out: SheetFinding[] = [];
      for (const r of rows) {
        const parts = keys.map((k) => r.values[k]);
        if (parts.some((v) => v === null || v === undefined || v === '')) continue;
        const key = parts.map((v) => nameKey(String(v))).join('\u0000');
        const firstRow = first.get(key);
        if (firstRow === undefined) first.set(key, r.row);
        else out.push({ code: 'sheet/duplicate-row', severity: 'warning', row: r.row, column: keys[0], params: { firstRow } });
      }
      return out;
    },
  };
}

import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../../templates/model/grid.ts';
import { rangeAddress } from '../../../addin/src/workbook/a1.ts';
import type { ExcelRun } from '../../../addin/src/office/host.ts';

/**
 * A workbook for the Office layer's tests, made of office-addin-mock objects:
 * reading a property that was not loaded gives the mock's error string, so
 * the code under test must load and sync as Office.js requires. The harness
 * adds what the mock lacks: factories for ranges, a context.sync that counts
 * calls and syncs every object handed out, and a log of writes in order.
 */

// office-addin-mock types its helpers as private; the harness needs them (setValue for nulls).
type Mock = Record<string, any>;

export interface FillState {
  color: string;
  /** null = "no fill" (Office.js still reports #FFFFFF as its colour). */
  tint: number | null;
}

export interface SheetState {
  name: string;
  id: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null;
  value: (row: number, col: number) => CellValue;
  format: (row: number, col: number) => string;
  merges?: string;
  fills: Map<string, FillState>;
  notes: Map<string, string>;
  tables: Mock[];
  charts: { type: string; source: string; seriesBy: string; mock: Mock; series: Mock[] }[];
  dataBars: string[];
  frozenRows?: number;
  deleted?: boolean;
}

export const NO_FILL: FillState = { color: '#FFFFFF', tint: null };

export class MockExcel {
  readonly sheets: SheetState[] = [];
  readonly settings = new Map<string, string>();
  readonly log: string[] = [];
  syncs = 0;
  keywords = '';
  inserted: { base64: string; names: string[] }[] = [];
  /** Sheet names a later insertWorksheetsFromBase64 call creates. */
  insertNames: string[] = [];
  selected: string | null = null;
  active: string | null = null;
  readonly context: Mock;
  private readonly handedOut: OfficeMockObject[] = [];
  private syncing = false;
  private nextId = 1;

  constructor() {
    const h = this;
    const context = new OfficeMockObject(
      {
        workbook: {
          name: '某支部台账.xlsx',
          properties: { keywords: '' },
          worksheets: {
            items: [],
            load(this: Mock, props: string) {
              const itemProps = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
              const items = h.sheets.filter((s) => !s.deleted).map((s) => h.sheetMock(s));
              for (const item of items) item.load(itemProps);
              this.setValue('items', items);
              OfficeMockObject.prototype.load.call(this, 'items');
              return this;
            },
            getItem: (key: string) => h.sheetMock(h.find(key, true)!),
            getItemOrNullObject: (key: string) => {
              const s = h.find(key, false);
              return s ? h.sheetMock(s) : h.nullable(new OfficeMockObject({ name: '' }, 'excel' as never), true);
            },
            add: (name: string) => {
              h.log.push(`add sheet ${name}`);
              return h.sheetMock(h.addSheet({ name }));
            },
          },
          settings: {
            getItemOrNullObject: (key: string) => {
              const has = h.settings.has(key);
              return h.nullable(new OfficeMockObject({ value: h.settings.get(key) ?? '', delete: () => h.settings.delete(key) }, 'excel' as never), !has);
            },
            add: (key: string, value: string) => {
              h.log.push(`setting ${key}`);
              h.settings.set(key, value);
            },
          },
          insertWorksheetsFromBase64: (base64: string, options: unknown) => {
            h.log.push(`insert ${JSON.stringify(options)}`);
            const ids = h.insertNames.map((name) => h.addSheet({ name }).id);
            h.inserted.push({ base64, names: [...h.insertNames] });
            return { value: ids };
          },
        },
      },
      'excel' as never,
    ) as Mock;
    context.workbook.properties.setValue('keywords', '');
    const baseSync = OfficeMockObject.prototype.sync.bind(context);
    context.sync = async () => {
      h.syncs++;
      h.log.push('sync');
      h.syncing = true;
      try {
        for (const m of h.handedOut) await m.sync();
        await baseSync();
        await Promise.resolve();
      } finally {
        h.syncing = false;
      }
    };
    this.context = context;
  }

  readonly run: ExcelRun = (batch) => batch(this.context as never);

  setKeywords(keywords: string): void {
    this.context.workbook.properties.setValue('keywords', keywords);
  }

  addSheet(spec: Partial<SheetState> & { name: string }): SheetState {
    const sheet: SheetState = {
      id: `{sheet-${this.nextId++}}`,
      visibility: 'Visible',
      used: null,
      value: () => '',
      format: () => 'General',
      fills: new Map(),
      notes: new Map(),
      tables: [],
      charts: [],
      dataBars: [],
      ...spec,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name === name && !x.deleted);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  fill(sheet: string, cell: string): FillState {
    return this.sheet(sheet).fills.get(cell) ?? NO_FILL;
  }

  private find(key: string, required: boolean): SheetState | undefined {
    const s = this.sheets.find((x) => !x.deleted && (x.id === key || x.name === key));
    if (!s && required) throw Object.assign(new Error(`ItemNotFound ${key}`), { code: 'ItemNotFound' });
    return s;
  }

  private track<T extends OfficeMockObject>(m: T): T & Mock {
    this.handedOut.push(m);
    return m as unknown as T & Mock;
  }

  /**
   * Office.js sets isNullObject on *OrNullObject results at sync without a
   * load; the mock would report it "not loaded", so it is a plain property here.
   */
  private nullable(m: OfficeMockObject, isNull: boolean): Mock {
    (m as unknown as Mock).isNullObject = isNull;
    return this.track(m);
  }

  /** A proxy that logs writes of `props` (outside sync) and runs `onSet`. */
  private logged<T extends object>(target: T, label: string, props: string[], onSet?: (prop: string, value: unknown) => void): T {
    const h = this;
    return new Proxy(target, {
      set(t, prop, value) {
        (t as Record<string | symbol, unknown>)[prop] = value;
        // The mock itself writes its "Error, …" placeholders on load: not a write by the code under test.
        const placeholder = typeof value === 'string' && value.startsWith('Error, ');
        if (!h.syncing && !placeholder && typeof prop === 'string' && props.includes(prop)) {
          h.log.push(`${prop} ${label}`);
          onSet?.(prop, value);
        }
        return true;
      },
    });
  }

  sheetMock(s: SheetState): Mock {
    const h = this;
    const m = this.nullable(
      new OfficeMockObject(
        {
          name: s.name,
          id: s.id,
          visibility: s.visibility,
          getUsedRangeOrNullObject: (valuesOnly: boolean) => {
            h.log.push(`usedRange valuesOnly=${valuesOnly}`);
            const u = s.used;
            return h.nullable(new OfficeMockObject({ rowIndex: u?.rowIndex ?? 0, columnIndex: u?.columnIndex ?? 0, rowCount: u?.rowCount ?? 0, columnCount: u?.columnCount ?? 0 }, 'excel' as never), u === null);
          },
          getRangeByIndexes: (r: number, c: number, rc: number, cc: number) => h.rangeMock(s, r, c, rc, cc),
          getRange: (address: string) => {
            const [from, to] = address.split(':');
            const a = parseCell(from!);
            const b = to ? parseCell(to) : a;
            return h.rangeMock(s, a.row, a.col, b.row - a.row + 1, b.col - a.col + 1);
          },
          activate: () => {
            h.log.push(`activate ${s.name}`);
            h.active = s.name;
          },
          delete: () => {
            h.log.push(`delete sheet ${s.name}`);
            s.deleted = true;
          },
          notes: {
            getItemOrNullObject: (cell: string) => {
              const has = s.notes.has(cell);
              return h.nullable(new OfficeMockObject({ content: s.notes.get(cell) ?? '', delete: () => (h.log.push(`delete note ${cell}`), s.notes.delete(cell)) }, 'excel' as never), !has);
            },
            add: (range: Mock, content: string) => {
              h.log.push(`add note ${range.__address}`);
              s.notes.set(range.__address, content);
            },
          },
          tables: {
            add: (address: string, hasHeaders: boolean) => {
              h.log.push(`table ${address} headers=${hasHeaders}`);
              const t = new OfficeMockObject({ name: '', style: '' }, 'excel' as never) as Mock;
              s.tables.push(t);
              return t;
            },
          },
          charts: {
            add: (type: string, source: Mock, seriesBy: string) => {
              h.log.push(`chart ${type} ${source.__address}`);
              const entry = { type, source: source.__address as string, seriesBy, mock: undefined as unknown as Mock, series: [] as Mock[] };
              const series = (name: string) => {
                const sm = new OfficeMockObject({}, 'excel' as never) as Mock;
                Object.assign(sm, { name, xValues: '', values: '' });
                sm.setXAxisValues = (r: Mock) => (sm.xValues = r.__address);
                sm.setValues = (r: Mock) => (sm.values = r.__address);
                entry.series.push(sm);
                return sm;
              };
              const first = series('');
              first.values = source.__address;
              entry.mock = new OfficeMockObject({ title: { text: '' }, position: '', axes: { categoryAxis: { reversePlotOrder: false } }, series: { getItemAt: () => first, add: (name: string) => series(name) } }, 'excel' as never) as Mock;
              entry.mock.setPosition = (a: Mock, b: Mock) => (entry.mock.position = `${a.__address}:${b.__address}`);
              s.charts.push(entry);
              return entry.mock;
            },
          },
          freezePanes: { freezeRows: (n: number) => (s.frozenRows = n) },
        },
        'excel' as never,
      ),
      false,
    );
    return this.logged(m, s.name, ['name'], (_p, value) => (s.name = value as string));
  }

  rangeMock(s: SheetState, row: number, col: number, rowCount: number, colCount: number): Mock {
    const h = this;
    const address = rangeAddress(row, col, rowCount, colCount);
    const single = rowCount === 1 && colCount === 1;
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    // Only chunk reads need contents; a marked cell needs its fill.
    if (!single || s.used) {
      for (let r = 0; r < rowCount; r++) {
        values.push(Array.from({ length: colCount }, (_, c) => s.value(row + r, col + c)));
        formats.push(Array.from({ length: colCount }, (_, c) => s.format(row + r, col + c)));
      }
    }
    const fill = s.fills.get(address) ?? NO_FILL;
    const m = this.track(
      new OfficeMockObject(
        {
          address,
          values,
          numberFormat: formats,
          format: { fill: { color: fill.color, tintAndShade: 0 }, font: {}, columnWidth: 0 },
          select: () => (h.selected = `${s.name}!${address}`),
          getMergedAreasOrNullObject: () => h.nullable(new OfficeMockObject({ address: s.merges ?? '' }, 'excel' as never), !s.merges),
          conditionalFormats: { add: (type: string) => (h.log.push(`${type} ${address}`), s.dataBars.push(address)) },
        },
        'excel' as never,
      ),
    );
    // The address as the harness knows it, readable without load (the mock's `address` needs one).
    m.__address = address;
    m.format.fill.setValue('tintAndShade', fill.tint);
    m.format.fill.clear = () => {
      h.log.push(`clear fill ${address}`);
      s.fills.delete(address);
    };
    m.format.autofitColumns = () => h.log.push(`autofit ${address}`);
    nest(m.format, 'fill', this.logged(m.format.fill, address, ['color'], (_p, color) => s.fills.set(address, { color: color as string, tint: 0 })));
    nest(m, 'format', this.logged(m.format, address, ['columnWidth']));
    return this.logged(m, address, ['numberFormat', 'values']);
  }
}

/** Swap a child mock for a proxy both where code reads it and where the mock's sync re-assigns it from. */
function nest(parent: Mock, key: string, proxy: Mock): void {
  parent[key] = proxy;
  (parent as unknown as { _properties: Map<string, unknown> })._properties.set(key, proxy);
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { catalog, templateById } from '../../templates/catalog/index.ts';
import { periodRange } from '../../templates/model/period.ts';
import { writeBlankTemplate } from '../../templates/xlsx/write-template.ts';
import type { AppEnv } from '../app-env.ts';
import { optionalCaller } from '../auth/require-auth.ts';
import { getUnit } from '../db/units.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 5987 ext-value: encodeURIComponent leaves ' ( ) * unescaped, which attr-char forbids. */
const rfc5987 = (s: string): string =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Content-Disposition with an ASCII fallback for old clients and the Chinese name for the rest. */
export const attachment = (asciiName: string, utf8Name: string): string =>
  `attachment; filename="${asciiName}"; filename*=UTF-8''${rfc5987(utf8Name)}`;

export const templates = new Hono<AppEnv>()
  .get('/', (c) =>
    c.json(
      catalog.map((def) => ({
        id: def.id,
        name: def.name,
        version: def.version,
        source: def.source,
        frequency: def.frequency,
        columns: def.columns.map((col) => ({
          key: col.key,
          header: col.header,
          type: col.type,
          required: col.required ?? false,
          options: (col.options ?? []).map((o) => o.value),
        })),
      })),
    ),
  )
  .get('/:id/blank.xlsx', async (c) => {
    const id = c.req.param('id');
    const def = templateById(id);
    if (!def) {
      throw new HTTPException(404, { message: `未找到模板“${id}”`, cause: { code: 'template/not-found' } });
    }
    // A unit's token pre-fills its own 单位名称 and 单位编码, ?period= the 报送期次:
    // less to type, and no chance of a typo that the unit check would then refuse.
    const caller = await optionalCaller(c.env.DB, c.req.header('authorization'));
    const unit = caller?.unitCode ? await getUnit(c.env.DB, caller.org, caller.unitCode) : null;
    const period = periodRange(c.req.query('period') ?? '');
    // Generated per request on purpose: it is fast (tens of ms) and keeps the
    // isolate free of cached workbooks; see test/worker/templates.test.ts.
    const bytes = await writeBlankTemplate(def, {
      ...(unit ? { unitName: unit.name, unitCode: unit.code } : {}),
      ...(period ? { period: period.label } : {}),
    });
    return c.body(bytes, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': attachment(`${def.id}.xlsx`, `${def.name}.xlsx`),
      'Cache-Control': 'no-store',
    });
  });

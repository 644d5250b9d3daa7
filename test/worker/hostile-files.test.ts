import { beforeAll, describe, expect, it } from 'vitest';
import { deflatedRun, packageBytes, packageParts, rawZip, worksheet } from '../templates/xlsx/fixtures.ts';
import { call, fileForm, seedWorld, TOKENS } from './helpers.ts';

beforeAll(() => seedWorld());

interface Refusal { error: { code: string; details: { issues: Record<string, unknown>[] } } }

const HEADERS = ['序号', '承诺主体', '承诺单位或承诺人', '所在党支部', '承诺类别', '承诺事项', '践诺措施', '完成时限', '完成情况'];
const header = `<row r="1">${HEADERS.map((h, i) => `<c r="${'ABCDEFGHI'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

function withPart(name: string, data: Uint8Array, sheetXml: string): Uint8Array {
  const entries = Object.entries(packageParts({ sheets: [{ name: '承诺践诺台账', xml: sheetXml }] }))
    .filter(([n]) => n !== name)
    .map(([n, bytes]) => ({ name: n, data: bytes, method: 0, size: bytes.length }));
  entries.push({ name, data, method: 8, size: 1000 });
  return rawZip(entries);
}

async function refusal(bytes: Uint8Array): Promise<Refusal['error']> {
  const res = await call('POST', '/api/validate', { token: TOKENS.a, body: fileForm(bytes, 'hostile.xlsx') });
  expect(res.status).toBe(422);
  return ((await res.json()) as Refusal).error;
}

// Issue 7's hostile files, read by the service inside workerd: each is refused with its issue, none takes the isolate down.
describe('hostile files in the service', () => {
  it('refuses a 7 KB file holding a 3.9 MB cell, naming the cell', async () => {
    const sst = deflatedRun(0x78, 3_900_000, '<sst><si><t>', '</t></si></sst>');
    const error = await refusal(withPart('xl/sharedStrings.xml', sst, worksheet(`${header}<row r="2"><c r="F2" t="s"><v>0</v></c></row>`)));
    expect(error.code).toBe('file/cell-too-long');
    expect(error.details.issues).toMatchObject([{ code: 'file/cell-too-long', sheet: '承诺践诺台账', cell: 'F2' }]);
  });

  it('refuses 40,000 merges over the header area', async () => {
    const refs = Array.from({ length: 40_000 }, (_, i) => `<mergeCell ref="A${(i % 7) + 1}:GS${41 + (i % 13)}"/>`).join('');
    const bytes = packageBytes({ sheets: [{ name: '承诺践诺台账', xml: worksheet(header, `<mergeCells>${refs}</mergeCells>`) }] });
    const error = await refusal(bytes);
    expect(error.code).toBe('file/too-many-merges');
    expect(error.details.issues).toMatchObject([{ code: 'file/too-many-merges', params: { limit: 2_000, rows: 41 } }]);
  });

  it('refuses a styles.xml bomb whose declared size lies', async () => {
    const data = deflatedRun(0x20, 40 * 1024 * 1024, '<styleSheet><cellXfs>', '</cellXfs></styleSheet>');
    const error = await refusal(withPart('xl/styles.xml', data, worksheet(header)));
    expect(error.details.issues).toMatchObject([{ code: 'file/too-large', params: { measure: 'part', part: 'xl/styles.xml' } }]);
  });
});

import { templateById } from '../../../templates/catalog/index.ts';
import { parseNumber } from '../../../templates/normalize/number.ts';

/** One template's parameters as GET /api/admin/params lists them. */
export interface TemplateParamsView {
  templateId: string;
  name: string;
  params: { key: string; value: number; default: number }[];
}

export interface ParamField {
  key: string;
  /** The definition's Chinese name (paramSpec), or the key when it declares none. */
  label: string;
  /** The current value as the input shows it. */
  text: string;
  changed: boolean;
  /** 「默认 0.3333（33.33%）；可填 0 到 1」 */
  hint: string;
  min: number | null;
  max: number | null;
  integer: boolean;
}

/** Enough digits to tell values apart, without 0.3333333333333333 in a box. */
export const paramText = (n: number): string => String(Number(n.toFixed(4)));

const percent = (n: number): string => `${Number((n * 100).toFixed(2))}%`;

/** Each parameter with its label, its default and the range the definition declares (paramSpec). */
export function paramFields(t: TemplateParamsView): ParamField[] {
  const ranges = templateById(t.templateId)?.paramSpec?.ranges ?? {};
  return t.params.map((p) => {
    const r = (ranges as Record<string, { label: string; min: number; max: number; integer?: boolean } | undefined>)[p.key];
    const share = r !== undefined && !r.integer && r.max <= 1;
    const dflt = share ? `${paramText(p.default)}（${percent(p.default)}）` : paramText(p.default);
    const range = r ? `；可填 ${r.min} 到 ${r.max}${r.integer ? ' 之间的整数' : ''}${share ? '，0.1 即 10%' : ''}` : '';
    return {
      key: p.key, label: r?.label ?? p.key, text: paramText(p.value), changed: p.value !== p.default,
      hint: `默认 ${dflt}${range}`, min: r?.min ?? null, max: r?.max ?? null, integer: r?.integer ?? false,
    };
  });
}

export interface ParamEdit {
  /** The body of PUT /api/admin/params/{templateId}: only what was changed. */
  body: Record<string, number>;
  /** Boxes that do not hold a number, refused here (the API would answer in English for a non-number). */
  errors: Record<string, string>;
}

/** What the office typed, against what the boxes showed. */
export function paramEdit(fields: readonly ParamField[], typed: Readonly<Record<string, string>>): ParamEdit {
  const body: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const text = (typed[f.key] ?? f.text).trim();
    if (text === f.text) continue;
    const n = parseNumber(text);
    if (!n.ok) errors[f.key] = `“${f.label}”应填写数字${text === '' ? '，不能为空' : `，“${text}”不是数字`}`;
    else body[f.key] = n.value;
  }
  return { body, errors };
}

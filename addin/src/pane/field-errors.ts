import { ApiError } from '../api/client.ts';
import { errorText } from '../ui/errors.ts';

export interface FieldErrors {
  /** One Chinese message per field of the form that was refused. */
  fields: Record<string, string>;
  /** What belongs to no field of the form; null when every refusal found its field. */
  general: string | null;
}

interface Detail {
  path: string;
  message: string;
}

const detailsOf = (error: ApiError): Detail[] =>
  Array.isArray(error.details)
    ? error.details.filter((d): d is Detail => typeof d?.path === 'string' && typeof d?.message === 'string')
    : [];

/**
 * Where a refusal is shown on a form. The worker names the field of a zod
 * refusal in `details[].path` (and of some others, e.g. period/dates); a few
 * refusals name no path but clearly concern one field, given by their error
 * code in `byCode` (unit/exists → the code box), with the pane's own words
 * when the service's speak to API users (「请用 PUT」). The rest is general.
 */
export function fieldErrors(error: unknown, fields: readonly string[], byCode: Readonly<Record<string, string | { field: string; message: string }>> = {}): FieldErrors {
  if (!(error instanceof ApiError)) return { fields: {}, general: errorText(error) };
  const known = new Set(fields);
  const found: Record<string, string> = {};
  const rest: string[] = [];
  for (const d of detailsOf(error)) {
    const field = d.path.split('.')[0]!;
    if (known.has(field)) found[field] ??= d.message;
    else rest.push(d.message);
  }
  const coded = byCode[error.code];
  const at = typeof coded === 'string' ? { field: coded, message: error.message } : coded;
  if (Object.keys(found).length === 0 && at !== undefined && known.has(at.field)) return { fields: { [at.field]: at.message }, general: null };
  if (Object.keys(found).length === 0) return { fields: {}, general: error.message };
  return { fields: found, general: rest.length > 0 ? rest.join('；') : null };
}

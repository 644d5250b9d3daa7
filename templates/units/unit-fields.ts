import { z } from 'zod';
import { toHalfWidth } from '../normalize/text.ts';

/**
 * The one definition of what a unit may hold, shared by the 单位名单 import
 * (each cell checked against its field) and the JSON API (each field of the
 * body), so no path stores what another refuses.
 */
export const UNIT_LIMITS = {
  /** Codes are typed in 基本信息, in tokens and in URLs: short and plain. */
  codeMaxLength: 32,
  nameMaxLength: 100,
  /** 党员总数, 内设团队数, 党支部数 of one unit (本级). */
  countMax: 1_000_000,
  contactMaxLength: 50,
  phoneMaxLength: 20,
} as const;

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PHONE_PATTERN = /^[0-9+\- ]*[0-9][0-9+\- ]*$/;

/** Full-width ＡＢ１ and AB1 are one code, as staff type both. Each value gets one message (abort), not three. */
const codeField = (label: string) =>
  z
    .string({ error: `${label}应为文本` })
    .overwrite((s) => toHalfWidth(s).trim())
    .min(1, { error: `${label}不能为空`, abort: true })
    .max(UNIT_LIMITS.codeMaxLength, { error: `${label}不能超过 ${UNIT_LIMITS.codeMaxLength} 个字符`, abort: true })
    .regex(CODE_PATTERN, `${label}只能由字母、数字和“-”“_”“.”组成，并以字母或数字开头`);

const countField = (label: string) =>
  z
    .number({ error: `${label}应为 0 到 ${UNIT_LIMITS.countMax} 之间的整数` })
    .int()
    .min(0)
    .max(UNIT_LIMITS.countMax);

export const unitCodeSchema = codeField('单位编码');
export const parentCodeSchema = codeField('上级单位编码');

export const unitNameSchema = z
  .string({ error: '单位名称应为文本' })
  .trim()
  .min(1, '单位名称不能为空')
  .max(UNIT_LIMITS.nameMaxLength, `单位名称不能超过 ${UNIT_LIMITS.nameMaxLength} 个字符`);

/** Who the office chases for a missing ledger (催报); blank clears it. */
export const contactNameSchema = z
  .string({ error: '联系人应为文本' })
  .trim()
  .max(UNIT_LIMITS.contactMaxLength, `联系人不能超过 ${UNIT_LIMITS.contactMaxLength} 个字符`);

export const contactPhoneSchema = z
  .string({ error: '联系电话应为文本' })
  .overwrite((s) => toHalfWidth(s).trim())
  .max(UNIT_LIMITS.phoneMaxLength, { error: `联系电话不能超过 ${UNIT_LIMITS.phoneMaxLength} 个字符`, abort: true })
  .refine((s) => s === '' || PHONE_PATTERN.test(s), '联系电话只能由数字、空格、“-”和“+”组成');

export const memberCountSchema = countField('党员总数');
export const teamCountSchema = countField('内设团队数');
export const branchCountSchema = countField('党支部数');

/**
 * A unit's fields as the API takes them (the code comes from the path or is
 * added by the create route). Contacts left out keep what is stored; null or
 * "" clears them.
 */
export const unitFieldsSchema = z.object({
  name: unitNameSchema,
  parentCode: parentCodeSchema.nullable().optional(),
  members: memberCountSchema.default(0),
  teams: teamCountSchema.default(0),
  branches: branchCountSchema.default(0),
  contactName: contactNameSchema.nullable().optional(),
  contactPhone: contactPhoneSchema.nullable().optional(),
});

/** "" and null both mean "none"; undefined means "not given, keep what is stored". */
export const blankToNull = (s: string | null | undefined): string | null | undefined => (s === '' ? null : s);

import { z } from '@hono/zod-openapi';
import type { $ZodRawIssue } from 'zod/v4/core';

type Issue = $ZodRawIssue;

const TYPE_WORD: Record<string, string> = { number: '数字', string: '文字', boolean: '是或否', array: '列表', object: '对象', date: '日期' };

/**
 * Chinese for the refusals zod writes itself (a schema's own message always
 * wins): a clerk reads these at the field, so they say what to enter, not
 * what a type is. Anything not covered falls back to zod's zh-CN locale.
 */
export function zodMessageZh(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必填，不能省略';
      return `应为${TYPE_WORD[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `太长：最多 ${issue.maximum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `太多：最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `太短：至少 ${issue.minimum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少要有 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'invalid_value':
      return `应为 ${issue.values.map(String).join('、')} 之一`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return '格式不正确';
    default:
      return undefined;
  }
}

/** Installed once, when the worker's module loads: every schema the routes use is zod's global instance. */
export function useChineseZodMessages(): void {
  z.config({ ...z.locales.zhCN(), customError: zodMessageZh });
}

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../addin/src/api/client.ts';
import { fieldErrors } from '../../../addin/src/pane/field-errors.ts';

const FIELDS = ['code', 'name', 'parentCode', 'members'];

describe('fieldErrors', () => {
  it('puts each zod issue at its field, the first message per field, and nothing general when all are placed', () => {
    const error = new ApiError(400, 'request/invalid', '请求参数不合法：name、members', [
      { path: 'name', message: '单位名称不能为空', code: 'too_small' },
      { path: 'members', message: '党员总数应为 0 到 1000000 之间的整数', code: 'invalid_type' },
      { path: 'members', message: '第二条', code: 'custom' },
    ]);
    expect(fieldErrors(error, FIELDS)).toEqual({ fields: { name: '单位名称不能为空', members: '党员总数应为 0 到 1000000 之间的整数' }, general: null });
  });

  it('keeps issues about fields the form lacks as the general message', () => {
    const error = new ApiError(400, 'request/invalid', '请求参数不合法', [
      { path: 'opens', message: '开始报送日期“2026-02-30”不是实际存在的日期' },
      { path: 'templateId', message: '模板不能为空' },
    ]);
    expect(fieldErrors(error, ['opens', 'due'])).toEqual({ fields: { opens: '开始报送日期“2026-02-30”不是实际存在的日期' }, general: '模板不能为空' });
  });

  it('places a refusal without a path at the field its code names', () => {
    const exists = new ApiError(409, 'unit/exists', '单位编码“A”已存在，如需修改请用 PUT');
    expect(fieldErrors(exists, FIELDS, { 'unit/exists': 'code' })).toEqual({ fields: { code: '单位编码“A”已存在，如需修改请用 PUT' }, general: null });
    const reworded = fieldErrors(exists, FIELDS, { 'unit/exists': { field: 'code', message: '单位编码“A”已被使用' } });
    expect(reworded).toEqual({ fields: { code: '单位编码“A”已被使用' }, general: null });
    const other = new ApiError(404, 'period/not-found', '未设置');
    expect(fieldErrors(other, FIELDS, { 'unit/exists': 'code' })).toEqual({ fields: {}, general: '未设置' });
  });

  it('turns any other failure into the general Chinese line', () => {
    expect(fieldErrors(new Error('boom'), FIELDS)).toEqual({ fields: {}, general: '操作未完成，请重试；如果一直失败，请联系机关党委。' });
    expect(fieldErrors(new ApiError(0, 'network', '无法连接台账通服务器'), FIELDS)).toEqual({ fields: {}, general: '无法连接台账通服务器' });
  });
});

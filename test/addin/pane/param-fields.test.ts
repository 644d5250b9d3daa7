import { describe, expect, it } from 'vitest';
import { paramEdit, paramFields, paramText } from '../../../addin/src/pane/param-fields.ts';

const MASS = {
  templateId: 'mass-evaluation', name: '群众评议情况统计表',
  params: [{ key: 'rateTolerance', value: 0.005, default: 0.005 }, { key: 'flagThreshold', value: 0.4, default: 1 / 3 }],
};

describe('param fields', () => {
  it("shows each parameter with the definition's label, its default and range", () => {
    expect(paramFields(MASS)).toEqual([
      { key: 'rateTolerance', label: '满意率允许误差', text: '0.005', changed: false, hint: '默认 0.005（0.5%）；可填 0 到 0.1，0.1 即 10%', min: 0, max: 0.1, integer: false },
      { key: 'flagThreshold', label: '重点关注的不满意比例', text: '0.4', changed: true, hint: '默认 0.3333（33.33%）；可填 0 到 1，0.1 即 10%', min: 0, max: 1, integer: false },
    ]);
    expect(paramText(1 / 3)).toBe('0.3333');
  });

  it('marks whole-number parameters', () => {
    const f = paramFields({ templateId: 'three-meetings-one-lesson', name: '三会一课', params: [{ key: 'minLectures', value: 2, default: 2 }] });
    expect(f[0]).toMatchObject({ label: '半年内党课最少次数', hint: '默认 2；可填 0 到 100 之间的整数', integer: true });
  });

  it('sends only what was changed, and refuses a box without a number here', () => {
    const fields = paramFields(MASS);
    // 0.3333 shown for 1/3 and left alone is not a change.
    expect(paramEdit(paramFields({ ...MASS, params: [{ key: 'flagThreshold', value: 1 / 3, default: 1 / 3 }] }), { flagThreshold: '0.3333' })).toEqual({ body: {}, errors: {} });
    expect(paramEdit(fields, { rateTolerance: '０.01', flagThreshold: '0.4' })).toEqual({ body: { rateTolerance: 0.01 }, errors: {} });
    expect(paramEdit(fields, { rateTolerance: '百分之一', flagThreshold: '' })).toEqual({
      body: {}, errors: { rateTolerance: '“满意率允许误差”应填写数字，“百分之一”不是数字', flagThreshold: '“重点关注的不满意比例”应填写数字，不能为空' },
    });
  });
});

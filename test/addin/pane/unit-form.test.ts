import { describe, expect, it } from 'vitest';
import { blankUnitForm, childCounts, contactText, parentChoices, unitBody, unitFormOf, unitTreeRows, UNIT_FIELDS, type UnitView } from '../../../addin/src/pane/unit-form.ts';

const unit = (code: string, parentCode: string | null, name = `单位${code}`): UnitView =>
  ({ code, name, parentCode, members: 10, teams: 2, branches: 1, contactName: null, contactPhone: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });

describe('unit form', () => {
  it('labels its fields as the unit list does, the parent picked rather than typed', () => {
    expect(UNIT_FIELDS.map((f) => f.label)).toEqual(['单位编码', '单位名称', '上级单位', '党员总数', '内设团队数', '党支部数', '联系人', '联系电话']);
  });

  it('sends typed counts as numbers (full-width too), blank as 0, and anything else as typed for the service to refuse', () => {
    const v = { ...blankUnitForm(), code: 'FGW', name: ' 市发改委 ', members: '３０', teams: '', branches: '两个', contactPhone: '0571-1234' };
    expect(unitBody(v, true)).toEqual({ code: 'FGW', name: ' 市发改委 ', parentCode: null, members: 30, teams: 0, branches: '两个', contactName: '', contactPhone: '0571-1234' });
    expect(unitBody({ ...v, parentCode: 'ROOT' }, false)).toEqual({ name: ' 市发改委 ', parentCode: 'ROOT', members: 30, teams: 0, branches: '两个', contactName: '', contactPhone: '0571-1234' });
  });

  it('fills the form from a stored unit', () => {
    expect(unitFormOf({ ...unit('A', 'ROOT'), contactName: '张三', contactPhone: null })).toEqual({
      code: 'A', name: '单位A', parentCode: 'ROOT', members: '10', teams: '2', branches: '1', contactName: '张三', contactPhone: '',
    });
  });
});

describe('contactText', () => {
  it('labels a phone without a name as a phone, not as the contact person', () => {
    expect(contactText({ contactName: null, contactPhone: '0571-87001234' })).toBe('联系电话：0571-87001234');
    expect(contactText({ contactName: '王五', contactPhone: '0571-87001234' })).toBe('联系人：王五，0571-87001234');
    expect(contactText({ contactName: '王五', contactPhone: null })).toBe('联系人：王五');
    expect(contactText({ contactName: null, contactPhone: null })).toBe('联系人：未填写');
  });
});

describe('childCounts', () => {
  it('counts the units directly under each unit, ignoring a parent not in the list', () => {
    const counts = childCounts([unit('ROOT', null), unit('A', 'ROOT'), unit('B', 'ROOT'), unit('A1', 'A'), unit('X', 'GONE')]);
    expect([...counts]).toEqual([['ROOT', 2], ['A', 1]]);
  });
});

describe('unitTreeRows', () => {
  it('lists the tree depth first with each level and the number of children; an unknown parent goes to the top', () => {
    const units = [unit('A1', 'A'), unit('A', 'ROOT'), unit('B', 'ROOT'), unit('ROOT', null), unit('X', 'GONE')];
    expect(unitTreeRows(units).map((r) => [r.unit.code, r.depth, r.children])).toEqual([
      ['ROOT', 0, 2], ['A', 1, 1], ['A1', 2, 0], ['B', 1, 0], ['X', 0, 0],
    ]);
  });
});

describe('parentChoices', () => {
  it('offers every unit for a new one, and no unit at or below the one being changed', () => {
    const units = [unit('ROOT', null), unit('A', 'ROOT'), unit('A1', 'A'), unit('B', 'ROOT')];
    expect(parentChoices(units, null).map((u) => u.code)).toEqual(['ROOT', 'A', 'A1', 'B']);
    expect(parentChoices(units, 'A').map((u) => u.code)).toEqual(['ROOT', 'B']);
  });
});

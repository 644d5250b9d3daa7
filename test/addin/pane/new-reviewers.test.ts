import { describe, expect, it } from 'vitest';
import { newReviewers, reviewerNotice, withUnitUnder } from '../../../addin/src/pane/new-reviewers.ts';

const tree = [
  { code: 'ROOT', parentCode: null },
  { code: 'A', parentCode: 'ROOT' },
  { code: 'A1', parentCode: 'A' },
  { code: 'B', parentCode: 'ROOT' },
];

describe('newReviewers', () => {
  it('names a leaf that gets its first sub-unit from a new unit', () => {
    expect(newReviewers(tree, withUnitUnder(tree, 'B1', 'B', false))).toEqual(['B']);
  });

  it('names nobody when the parent already had sub-units, or the unit goes to the top', () => {
    expect(newReviewers(tree, withUnitUnder(tree, 'A2', 'A', false))).toEqual([]);
    expect(newReviewers(tree, withUnitUnder(tree, 'TOP', null, false))).toEqual([]);
  });

  it('names the new parent when an existing unit is moved under a leaf, and not the old one', () => {
    expect(withUnitUnder(tree, 'A1', 'B', true)).toEqual([
      { code: 'ROOT', parentCode: null }, { code: 'A', parentCode: 'ROOT' }, { code: 'A1', parentCode: 'B' }, { code: 'B', parentCode: 'ROOT' },
    ]);
    expect(newReviewers(tree, withUnitUnder(tree, 'A1', 'B', true))).toEqual(['B']);
    expect(newReviewers(tree, withUnitUnder(tree, 'A1', 'A', true))).toEqual([]);
  });

  it('names every unit an import gives its first sub-units, new units with sub-units included, in list order', () => {
    const imported = [...tree, { code: 'B1', parentCode: 'B' }, { code: 'C', parentCode: 'ROOT' }, { code: 'C1', parentCode: 'C' }, { code: 'A3', parentCode: 'A' }];
    expect(newReviewers(tree, imported)).toEqual(['B', 'C']);
    expect(newReviewers([], tree)).toEqual(['ROOT', 'A']);
  });

  it('counts no sub-unit under a parent that is not in the list', () => {
    expect(newReviewers(tree, [...tree, { code: 'X', parentCode: 'GONE' }])).toEqual([]);
  });
});

describe('reviewerNotice', () => {
  it('says before saving that the unit will review its sub-units, and what confirms it', () => {
    expect(reviewerNotice(['市财政局机关党委'], 'save')).toBe('保存后，“市财政局机关党委”将有下级单位：它的令牌可以查看并审核下级单位的报送（逐级审核）。确认无误请点“确认保存”。');
  });

  it('names every unit an import made a reviewer', () => {
    expect(reviewerNotice(['甲', '乙'], 'import')).toBe('导入后，“甲”、“乙”有了下级单位：它们的令牌可以查看并审核各自下级单位的报送（逐级审核）。');
    expect(reviewerNotice(['甲'], 'import')).toBe('导入后，“甲”有了下级单位：它的令牌可以查看并审核下级单位的报送（逐级审核）。');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auc, fitLine, pearson, ranks, spearman } from './statistics.ts';

describe('statistics', () => {
  it('computes Pearson and Spearman correlations', () => {
    assert.equal(pearson([1, 2, 3, 4], [2, 4, 6, 8]), 1);
    assert.equal(pearson([1, 2, 3, 4], [8, 6, 4, 2]), -1);
    // x = 1..5, y = 2, 1, 4, 3, 5: Σdxdy = 8, Σdx² = 10, Σdy² = 10 → r = 0.8.
    assert.ok(Math.abs(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])! - 0.8) < 1e-12);
    assert.equal(pearson([1, 1, 1], [1, 2, 3]), null);
    assert.equal(pearson([1, 2], [1, 2]), null);
    assert.equal(spearman([1, 2, 3, 10], [1, 4, 9, 100]), 1);
  });

  it('ranks ties by their mean rank', () => {
    assert.deepEqual(ranks([10, 20, 20, 30]), [1, 2.5, 2.5, 4]);
  });

  it('computes the AUC as the Mann–Whitney statistic, ties as one half', () => {
    assert.equal(auc([0.9, 0.8, 0.3, 0.1], [true, true, false, false]), 1);
    assert.equal(auc([0.1, 0.2, 0.8, 0.9], [true, true, false, false]), 0);
    // Positives 0.8 and 0.4 against negatives 0.6 and 0.4: pairs won 1 + 0 + 0.5 + 1 … = 2.5 of 4.
    assert.equal(auc([0.8, 0.4, 0.6, 0.4], [true, true, false, false]), 0.625);
    assert.equal(auc([1, 2], [true, true]), null);
  });

  it('fits a least-squares line', () => {
    assert.deepEqual(fitLine([0, 50, 100], [1, 3, 5]), { intercept: 1, slope: 0.04 });
    assert.equal(fitLine([5, 5, 5], [1, 2, 3]), null);
  });
});

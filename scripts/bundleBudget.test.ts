import { describe, expect, it } from 'vitest';
import {
  INITIAL_JS_BUDGET_BYTES,
  checkBudget,
  formatBudgetReport,
  initialChunkNames,
  type BundleChunk,
} from './bundleBudget';

const chunk = (
  fileName: string,
  gzipBytes: number,
  imports: string[] = [],
  isEntry = false,
): BundleChunk => ({
  fileName,
  isEntry,
  imports,
  gzipBytes,
});

// index → vendor → shared (static); index ⇢ KonvaStage and ⇢ compare (dynamic: not in `imports`);
// compare → shared (static, but shared is already initial); compare → compare-extra (static, lazy only).
const bundle = [
  chunk('assets/index.js', 60_000, ['assets/vendor.js'], true),
  chunk('assets/vendor.js', 50_000, ['assets/shared.js']),
  chunk('assets/shared.js', 5_000),
  chunk('assets/KonvaStage.js', 100_000, ['assets/index.js']),
  chunk('assets/compare.js', 12_000, ['assets/shared.js', 'assets/compare-extra.js']),
  chunk('assets/compare-extra.js', 3_000),
  chunk('assets/recipe.worker.js', 8_000),
];

describe('initialChunkNames', () => {
  it('is the entry plus its static imports, transitively, and nothing loaded on demand', () => {
    expect([...initialChunkNames(bundle)].sort()).toEqual([
      'assets/index.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
  });

  it('survives import cycles', () => {
    const cyclic = [chunk('a.js', 1, ['b.js'], true), chunk('b.js', 1, ['a.js'])];
    expect([...initialChunkNames(cyclic)].sort()).toEqual(['a.js', 'b.js']);
  });
});

describe('checkBudget', () => {
  it('sums the initial chunks only and passes at exactly the budget', () => {
    const report = checkBudget(bundle, 115_000);
    expect(report.initialGzipBytes).toBe(115_000);
    expect(report.overBudget).toBe(false);
    expect(report.initial.map((c) => c.fileName)).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/shared.js',
    ]);
    expect(report.lazy.map((c) => c.fileName)).toEqual([
      'assets/KonvaStage.js',
      'assets/compare.js',
      'assets/recipe.worker.js',
      'assets/compare-extra.js',
    ]);
  });

  it('fails one byte over', () => {
    expect(checkBudget(bundle, 114_999).overBudget).toBe(true);
  });

  it('budgets 130 kB', () => {
    expect(INITIAL_JS_BUDGET_BYTES).toBe(130_000);
  });
});

describe('formatBudgetReport', () => {
  it('prints each initial chunk, the total against the budget and the lazy chunks, in kB', () => {
    const text = formatBudgetReport(checkBudget(bundle, 130_000));
    expect(text.split('\n')).toEqual([
      'Initial JavaScript, gzipped (budget 130.00 kB):',
      '  assets/index.js            60.00 kB',
      '  assets/vendor.js           50.00 kB',
      '  assets/shared.js            5.00 kB',
      '  total                     115.00 kB  15.00 kB under budget',
      'Loaded on demand, gzipped:',
      '  assets/KonvaStage.js      100.00 kB',
      '  assets/compare.js          12.00 kB',
      '  assets/recipe.worker.js     8.00 kB',
      '  assets/compare-extra.js     3.00 kB',
    ]);
  });

  it('says by how much the budget is exceeded', () => {
    expect(formatBudgetReport(checkBudget(bundle, 100_000))).toContain(
      '  total                     115.00 kB  15.00 kB OVER BUDGET',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { planTestRun } from './testArgs';

describe('planTestRun', () => {
  it('runs both suites by default', () => {
    expect(planTestRun([])).toEqual({ unit: [], e2e: [] });
  });

  it('hands everything after --e2e-only to Playwright', () => {
    expect(planTestRun(['--e2e-only', '-g', 'Cancel', '--headed'])).toEqual({
      unit: null,
      e2e: ['-g', 'Cancel', '--headed'],
    });
  });

  it('hands everything after --unit-only to vitest, wherever the flag sits', () => {
    expect(planTestRun(['-t', 'seed', '--unit-only'])).toEqual({ unit: ['-t', 'seed'], e2e: null });
  });

  it('sends bare filters to both, tolerating an empty selection on either side', () => {
    expect(planTestRun(['generate'])).toEqual({
      unit: ['generate', '--passWithNoTests'],
      e2e: ['generate', '--pass-with-no-tests'],
    });
  });

  it('refuses a runner flag without saying which runner', () => {
    expect(() => planTestRun(['--headed'])).toThrow('--headed belongs to one runner');
  });

  it('refuses both only-flags', () => {
    expect(() => planTestRun(['--unit-only', '--e2e-only'])).toThrow(/Choose one/);
  });
});

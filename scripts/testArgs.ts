/** Which suites `npm test` runs and with which extra arguments; null means "skip this suite". */
export interface TestPlan {
  unit: string[] | null;
  e2e: string[] | null;
}

export const TEST_USAGE = `Usage: npm test -- [--unit-only | --e2e-only] [ARGS…]

  (no flag)     vitest run, then the Playwright e2e suite; ARGS may only be file filters,
                applied to both suites (a filter that matches only one suite leaves the other empty)
  --unit-only   only vitest; ARGS go to \`vitest run\` (e.g. -t "seed", --reporter=verbose)
  --e2e-only    only Playwright; ARGS go to \`playwright test\` (e.g. --headed, -g "Cancel", --repeat-each=3)`;

/**
 * Splits `npm test` arguments between vitest and Playwright. Flags only make sense for one runner, so
 * they need --unit-only or --e2e-only; bare filters go to both, with each runner told that an empty
 * selection is fine (otherwise `npm test -- e2e/generate` would fail in vitest for finding nothing).
 */
export function planTestRun(argv: readonly string[]): TestPlan {
  const e2eOnly = argv.includes('--e2e-only');
  const unitOnly = argv.includes('--unit-only');
  const rest = argv.filter((a) => a !== '--e2e-only' && a !== '--unit-only');
  if (e2eOnly && unitOnly) throw new Error('Choose one of --unit-only and --e2e-only.');
  if (e2eOnly) return { unit: null, e2e: rest };
  if (unitOnly) return { unit: rest, e2e: null };
  const flag = rest.find((a) => a.startsWith('-'));
  if (flag) {
    throw new Error(`${flag} belongs to one runner: add --unit-only (vitest) or --e2e-only (Playwright).`);
  }
  if (rest.length === 0) return { unit: [], e2e: [] };
  return { unit: [...rest, '--passWithNoTests'], e2e: [...rest, '--pass-with-no-tests'] };
}

/**
 * `npm test`: every test there is. vitest (unit + integration) first, then the Playwright e2e suite in
 * real Chromium against the production server. Exits non-zero when anything fails and ends with one
 * summary line, so a CI log's last line says what happened.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { playwrightChromiumPath } from './chromium';
import { CHROMIUM_ENV, decideBrowser, probeBrowsers } from './findBrowser';
import { E2E_PORT_ENV, E2E_SLOW_PORT_ENV } from './e2eEnv';
import { findFreePort } from './freePort';
import { ensureBuilt, REPO_ROOT } from './studioServer';
import { planTestRun, TEST_USAGE } from './testArgs';

interface StepResult {
  name: string;
  ok: boolean;
  detail: string;
  seconds: number;
}

function bin(name: string): string {
  return join(REPO_ROOT, 'node_modules', '.bin', name);
}

/** Runs a command with inherited stdio and resolves with its exit code (signals count as failure). */
function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Finds Chromium, installing it with apt-get when that is the agreed move; returns its path or throws. */
function resolveBrowser(): string {
  let decision = decideBrowser(probeBrowsers(playwrightChromiumPath()));
  if (decision.action === 'install') {
    console.log(decision.message);
    for (const [command, ...args] of decision.commands) {
      if (!command) continue;
      const result = spawnSync(command, args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (result.status !== 0)
        throw new Error(`${[command, ...args].join(' ')} failed (exit ${result.status ?? 'signal'}).`);
    }
    decision = decideBrowser(probeBrowsers(playwrightChromiumPath()), true);
  }
  if (decision.action !== 'use') throw new Error(decision.message);
  console.log(`e2e browser: ${decision.executablePath} (${decision.source})`);
  return decision.executablePath;
}

async function step(name: string, body: () => Promise<number>): Promise<StepResult> {
  const started = performance.now();
  console.log(`\n━━ ${name} ━━`);
  let code: number;
  let detail: string;
  try {
    code = await body();
    detail = code === 0 ? 'passed' : `FAILED (exit ${code})`;
  } catch (error) {
    code = 1;
    detail = `FAILED: ${error instanceof Error ? error.message : String(error)}`;
    console.error(detail);
  }
  return { name, ok: code === 0, detail, seconds: (performance.now() - started) / 1000 };
}

async function runE2e(args: readonly string[]): Promise<number> {
  const executablePath = resolveBrowser();
  // Build once here, so the two e2e servers (normal and slow engine) can both serve it without racing.
  await ensureBuilt();
  const env = {
    ...process.env,
    [CHROMIUM_ENV]: executablePath,
    [E2E_PORT_ENV]: process.env[E2E_PORT_ENV] ?? String(await findFreePort()),
    [E2E_SLOW_PORT_ENV]: process.env[E2E_SLOW_PORT_ENV] ?? String(await findFreePort()),
  };
  return run(bin('playwright'), ['test', ...args], env);
}

async function main(): Promise<number> {
  let plan;
  try {
    plan = planTestRun(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${TEST_USAGE}`);
    return 2;
  }
  const { unit, e2e } = plan;
  const results: StepResult[] = [];
  if (unit)
    results.push(await step('unit + integration (vitest)', () => run(bin('vitest'), ['run', ...unit])));
  if (e2e) results.push(await step('e2e (Playwright, Chromium)', () => runE2e(e2e)));

  const ok = results.every((r) => r.ok);
  const parts = results.map((r) => `${r.name} ${r.detail} in ${r.seconds.toFixed(1)} s`);
  console.log(`\n${ok ? '✔ npm test passed' : '✖ npm test failed'}: ${parts.join('; ')}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

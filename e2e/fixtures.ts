import { test as base, expect, type Page, type Request, type Response } from '@playwright/test';
import { E2E_SLOW_PORT_ENV } from '../scripts/e2eEnv';
import { isGeneration } from './fixtures/captureGenerations';
import { cspFailure, recordCspViolations, type CspViolation } from './fixtures/cspViolations';

interface SharedFixtures {
  slowStudioURL: string;
  /** Every Content-Security-Policy violation of this test so far (recorded in every test, automatically). */
  cspViolations: CspViolation[];
  /** Option: a test that provokes violations on purpose sets it and checks `cspViolations` itself. */
  allowCspViolations: boolean;
}

/**
 * Fixtures every spec shares. `slowStudioURL` is the second server, whose engine waits per image.
 * Every test fails when the studio's Content-Security-Policy was violated in any of its pages.
 */
export const test = base.extend<SharedFixtures>({
  allowCspViolations: [false, { option: true }],
  cspViolations: [
    async ({ context, allowCspViolations }, provide) => {
      const violations = await recordCspViolations(context);
      await provide(violations);
      const failure = cspFailure(violations, allowCspViolations);
      if (failure) throw failure;
    },
    { auto: true },
  ],
  // Playwright requires the destructuring form; the second argument is its `use` (renamed: not a React hook).
  // eslint-disable-next-line no-empty-pattern
  slowStudioURL: async ({}, provide) => {
    const port = process.env[E2E_SLOW_PORT_ENV];
    if (!port) throw new Error(`${E2E_SLOW_PORT_ENV} is not set; run the suite through playwright.config.ts`);
    await provide(`http://127.0.0.1:${port}`);
  },
});
export { expect };

/** A text-to-image generation POST (see isGeneration for the other endpoints). */
export function isTextToImage(request: Request): boolean {
  return isGeneration(request, 'text-to-image');
}

/** One artifact of a JSON generation response, narrowed from unknown. */
export interface Artifact {
  base64: string;
  seed: number;
  finishReason: string;
}

/** Reads `{ artifacts: [...] }` from a response, failing the test with the body when it is anything else. */
export async function readArtifacts(response: Response): Promise<Artifact[]> {
  const body: unknown = await response.json();
  const artifacts = (body as { artifacts?: unknown }).artifacts;
  if (!Array.isArray(artifacts))
    throw new Error(`not an artifacts response: ${JSON.stringify(body).slice(0, 300)}`);
  return artifacts.map((a: unknown) => {
    const { base64, seed, finishReason } = a as Record<string, unknown>;
    if (typeof base64 !== 'string' || typeof seed !== 'number' || typeof finishReason !== 'string') {
      throw new Error(`malformed artifact: ${JSON.stringify(a).slice(0, 200)}`);
    }
    return { base64, seed, finishReason };
  });
}

/** The studio's controls, by role and accessible name only (the names are the UI's contract). */
export function studio(page: Page) {
  return {
    prompt: (n = 1) => page.getByRole('textbox', { name: `Prompt ${n}`, exact: true }),
    promptWeight: (n = 1) => page.getByRole('spinbutton', { name: `Prompt ${n} weight`, exact: true }),
    engine: page.getByRole('combobox', { name: 'Engine', exact: true }),
    width: page.getByRole('spinbutton', { name: 'Width', exact: true }),
    height: page.getByRole('spinbutton', { name: 'Height', exact: true }),
    steps: page.getByRole('spinbutton', { name: 'Steps', exact: true }),
    cfgScale: page.getByRole('spinbutton', { name: 'CFG scale', exact: true }),
    sampler: page.getByRole('combobox', { name: 'Sampler', exact: true }),
    clipGuidance: page.getByRole('combobox', { name: 'CLIP guidance', exact: true }),
    samples: page.getByRole('spinbutton', { name: 'Samples', exact: true }),
    seed: page.getByRole('spinbutton', { name: 'Seed', exact: true }),
    randomSeed: page.getByRole('button', { name: 'Random seed', exact: true }),
    generate: page.getByRole('button', { name: 'Generate', exact: true }),
    cancel: page.getByRole('button', { name: 'Cancel', exact: true }),
    settings: page.getByRole('button', { name: 'Settings', exact: true }),
    settingsDialog: page.getByRole('dialog', { name: 'Settings', exact: true }),
    gallery: page.getByRole('region', { name: 'Gallery', exact: true }),
    results: page.getByRole('region', { name: 'Gallery', exact: true }).getByRole('gridcell'),
    resultImage: (seed: number) =>
      page
        .getByRole('region', { name: 'Gallery', exact: true })
        .getByRole('img', { name: `Result, seed ${seed}`, exact: true }),
  };
}

/** Opens the studio and waits until it can generate (the engine list has arrived). */
export async function openStudio(page: Page, url = '/'): Promise<ReturnType<typeof studio>> {
  await page.goto(url);
  const s = studio(page);
  await expect(s.prompt(1)).toBeVisible();
  await expect(s.engine).toBeEnabled();
  return s;
}

/**
 * Clicks Generate and returns the text-to-image response. The wait is armed before the click so a fast
 * engine cannot answer before we listen.
 */
export async function generateAndWait(page: Page): Promise<Response> {
  const responsePromise = page.waitForResponse((r) => isTextToImage(r.request()));
  await studio(page).generate.click();
  return responsePromise;
}

/** Decoded size of an <img>, read once it has finished loading. */
export function naturalSize(page: Page, seed: number): Promise<{ width: number; height: number }> {
  return studio(page)
    .resultImage(seed)
    .evaluate((el) => {
      const img = el as HTMLImageElement;
      return img.complete ? { width: img.naturalWidth, height: img.naturalHeight } : { width: 0, height: 0 };
    });
}

/** Chooses combobox "API version" in Settings and closes it; the header then names the API and host. */
export async function chooseApiVersion(page: Page, label: 'v1alpha' | 'v1'): Promise<void> {
  const s = studio(page);
  await s.settings.click();
  await s.settingsDialog.getByRole('combobox', { name: 'API version', exact: true }).selectOption({ label });
  await s.settingsDialog.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(s.settingsDialog).toBeHidden();
  await expect(page.getByRole('banner')).toContainText(`${label} · Local engine`);
}

/** The listitem of a run in list "Running generations", by its label. */
export function runningGeneration(page: Page, label: string | RegExp) {
  return page
    .getByRole('list', { name: 'Running generations', exact: true })
    .getByRole('listitem')
    .filter({ hasText: label });
}

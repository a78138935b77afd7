import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../scripts/studioServer';
import { expect, openStudio, studio, test } from './fixtures';
import { canvasUi, dragStroke, openCanvasStudio, uploadExample } from './fixtures/canvas';

/** The README's pictures, regenerated with `npm run screenshots` (playwright.screenshots.config.ts). */
const shot = (name: string) => join(REPO_ROOT, 'docs', 'screenshots', name);

/** Generates `samples` pictures of `prompt` from `seed` and waits until the gallery holds `total`. */
async function generate(page: Page, prompt: string, seed: number, samples: number, total: number) {
  const s = studio(page);
  await s.prompt(1).fill(prompt);
  await s.seed.fill(String(seed));
  await s.samples.fill(String(samples));
  await s.generate.click();
  await expect(s.results).toHaveCount(total);
}

/** Scrolls the options panel back to its top (filling Seed scrolled it) and parks the mouse. */
async function tidy(page: Page) {
  await page
    .getByRole('complementary', { name: 'Options', exact: true })
    .evaluate((aside) => aside.querySelectorAll('*').forEach((el) => (el.scrollTop = 0)));
  await page.mouse.move(0, 0);
}

/** Waits until every picture in the page has decoded, so none is caught half drawn. */
async function picturesDecoded(page: Page) {
  await expect
    .poll(() =>
      page
        .locator('img')
        .evaluateAll((imgs) =>
          imgs.every((i) => !(i as HTMLImageElement).src || (i as HTMLImageElement).complete),
        ),
    )
    .toBe(true);
}

test('the studio: the newest result on stage, the gallery beside it', async ({ page }) => {
  await openStudio(page);
  await generate(page, 'snowy mountains above a still lake, dawn', 21, 2, 2);
  await generate(page, 'an ocean at sunset, purple sky', 100, 3, 5);
  const stage = page.getByRole('region', { name: 'Stage', exact: true });
  await expect(stage.getByRole('img', { name: 'Result, seed 100', exact: true })).toBeVisible();
  await picturesDecoded(page);
  await tidy(page);
  await page.screenshot({ path: shot('studio.png') });
});

test('the canvas: an init image with a painted mask', async ({ page }) => {
  const s = await openCanvasStudio(page, 'a glowing blue crystal');
  await uploadExample(page);
  await canvasUi(page).brush.click();
  await dragStroke(page, { x: 200, y: 300 }, { x: 330, y: 290 });
  await dragStroke(page, { x: 330, y: 290 }, { x: 400, y: 330 });
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  await s.prompt(1).blur();
  await tidy(page);
  await page.screenshot({ path: shot('canvas.png') });
});

test('comparing four seeds of one recipe', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('an ocean at sunset, purple sky');
  await s.seed.fill('100');
  await page.getByRole('button', { name: 'Compare seeds', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare seeds', exact: true });
  await dialog.getByRole('spinbutton', { name: 'Number of seeds' }).fill('4');
  await dialog.getByRole('button', { name: 'Run', exact: true }).click();
  const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
  await expect(comparison.getByRole('figure')).toHaveCount(4);
  await expect(s.results).toHaveCount(4);
  await picturesDecoded(page);
  await tidy(page);
  await page.screenshot({ path: shot('compare.png') });
});

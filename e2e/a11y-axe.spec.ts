import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openStudio, test, type studio } from './fixtures';
import { canvasUi, dragStroke, openCanvasStudio, uploadExample } from './fixtures/canvas';

/**
 * axe-core on the whole page, every rule it runs by default. It is injected and run through Playwright's
 * evaluate (the DevTools protocol), which the page's Content-Security-Policy (script-src 'self', no eval)
 * does not govern, so the CSP fixture stays strict and would fail the test on any violation.
 */
async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
  expect(found).toEqual([]);
}

/** Two results (seeds 300 and 301) in the gallery. */
async function generateTwo(s: ReturnType<typeof studio>): Promise<void> {
  await s.prompt(1).fill('two shells');
  await s.seed.fill('300');
  await s.samples.fill('2');
  await s.generate.click();
  await expect(s.results).toHaveCount(2);
}

test('axe: the empty studio', async ({ page }) => {
  await openStudio(page);
  await expectNoViolations(page);
});

test('axe: the studio with an init image and a mask', async ({ page }) => {
  await openCanvasStudio(page);
  await uploadExample(page);
  await canvasUi(page).brush.click();
  await dragStroke(page, { x: 100, y: 100 }, { x: 300, y: 300 });
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  await expectNoViolations(page);
});

test('axe: Settings', async ({ page }) => {
  const s = await openStudio(page);
  await s.settings.click();
  await expect(s.settingsDialog).toBeVisible();
  await expectNoViolations(page);
});

test('axe: the result viewer', async ({ page }) => {
  const s = await openStudio(page);
  await generateTwo(s);
  await s.resultImage(300).click();
  await expect(page.getByRole('dialog', { name: 'Result' }).getByRole('img')).toBeVisible();
  await expectNoViolations(page);
});

test('axe: Compare seeds', async ({ page }) => {
  const s = await openStudio(page);
  await generateTwo(s);
  await page.getByRole('button', { name: 'Compare seeds', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Compare seeds', exact: true })).toBeVisible();
  await expectNoViolations(page);
});

test('axe: the comparison view', async ({ page }) => {
  const s = await openStudio(page);
  await generateTwo(s);
  await s.resultImage(300).click({ modifiers: ['Control'] });
  await s.resultImage(301).click({ modifiers: ['Control'] });
  await page.getByRole('button', { name: 'Compare selected', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Comparison', exact: true }).getByRole('figure')).toHaveCount(
    2,
  );
  await expectNoViolations(page);
});

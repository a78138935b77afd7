import type { Locator } from '@playwright/test';
import { routeToPrivateEngine } from './fixtures/privateEngine';
import { expect, openStudio, test } from './fixtures';

/**
 * v1alpha's price rule, written out here on its own (server/README.md): a 512×512 picture of 50 steps
 * costs 0.2 credits, and a picture costs in proportion to its pixels and its steps.
 */
function v1alphaCredits(width: number, height: number, steps: number, pictures: number): number {
  return 0.2 * ((width * height) / (512 * 512)) * (steps / 50) * pictures;
}

/** The number in "1.92 credits". */
async function credits(output: Locator): Promise<number> {
  const text = (await output.textContent()) ?? '';
  const match = /^(-?[\d,]*\.?\d+) credits$/.exec(text.trim());
  if (!match?.[1]) throw new Error(`not a credit figure: "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

const estimatedCost = (scope: { getByRole: Locator['getByRole'] }) =>
  scope.getByRole('status', { name: 'Estimated cost', exact: true });

test('the cost shown beside Generate and for a 4-seed sweep at 1024×1024 is the API’s price rule', async ({
  page,
}) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a copper kettle');
  await s.width.fill('1024');
  await s.height.fill('1024');
  await s.steps.fill('30');
  await s.samples.fill('2');
  const beside = estimatedCost(page.getByRole('complementary', { name: 'Options', exact: true }));
  await expect(beside).toHaveText(/ credits$/);
  await expect.poll(() => credits(beside)).toBeCloseTo(v1alphaCredits(1024, 1024, 30, 2), 6);

  await page.getByRole('button', { name: 'Compare seeds', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare seeds', exact: true });
  await dialog.getByRole('spinbutton', { name: 'Number of seeds' }).fill('4');
  const sweep = estimatedCost(dialog);
  await expect(sweep).toHaveText(/ credits$/);
  // The whole job: four pictures at 1024×1024, 30 steps (the sweep's seeds replace the two samples).
  await expect.poll(() => credits(sweep)).toBeCloseTo(v1alphaCredits(1024, 1024, 30, 4), 6);
});

test('the balance drops by the cost shown after each run; a run that costs more is marked and still allowed', async ({
  page,
}) => {
  // An engine of this test's own, with a fifth of a credit: other specs' runs do not move its balance.
  const engine = await routeToPrivateEngine(page, 0.2);
  try {
    const s = await openStudio(page);
    const options = page.getByRole('complementary', { name: 'Options', exact: true });
    const balance = options.getByRole('status', { name: 'Balance', exact: true });
    const cost = estimatedCost(options);
    await expect(balance).toHaveText('0.2 credits');

    await s.prompt(1).fill('a brass compass');
    await s.steps.fill('30');
    await s.seed.fill('7');
    const first = v1alphaCredits(512, 512, 30, 1);
    await expect.poll(() => credits(cost)).toBeCloseTo(first, 6);
    await expect(cost).not.toHaveAccessibleDescription(/balance/);
    await s.generate.click();
    // A fresh engine's first picture takes a few seconds more (its imaging warms up).
    await expect(s.resultImage(7)).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => credits(balance)).toBeCloseTo(0.2 - first, 6);

    // Two samples cost more than what is left: marked in words, seen and announced; Generate still runs.
    await s.samples.fill('2');
    await s.seed.fill('20');
    const second = v1alphaCredits(512, 512, 30, 2);
    expect(second).toBeGreaterThan(0.2 - first);
    await expect.poll(() => credits(cost)).toBeCloseTo(second, 6);
    await expect(options.getByText('More than your balance', { exact: false })).toBeVisible();
    await expect(cost).toHaveAccessibleDescription(/More than your balance/);
    await expect(s.generate).toBeEnabled();
    await s.generate.click();
    await expect(s.resultImage(21)).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => credits(balance)).toBeCloseTo(0.2 - first - second, 6);
    expect(engine.engine.state.balance).toBeCloseTo(0.2 - first - second, 6);
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await engine.close();
  }
});

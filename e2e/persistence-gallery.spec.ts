import { expect, generateAndWait, openStudio, readArtifacts, test } from './fixtures';

/** Seeds of the gallery's results, in the order they are listed. */
async function listedSeeds(page: import('@playwright/test').Page): Promise<number[]> {
  const alts = await page
    .getByRole('region', { name: 'Gallery', exact: true })
    .getByRole('gridcell')
    .getByRole('img')
    .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt') ?? ''));
  return alts.map((a) => Number(/seed (\d+)/.exec(a)?.[1]));
}

test('results survive a reload in the same order, with their recipe', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a copper kettle');
  await s.seed.fill('4101');
  await readArtifacts(await generateAndWait(page));
  await expect(s.resultImage(4101)).toBeVisible();
  await s.prompt(1).fill('a glass teapot');
  await s.seed.fill('4202');
  await s.samples.fill('2');
  await readArtifacts(await generateAndWait(page));
  await expect(s.results).toHaveCount(3);
  const before = await listedSeeds(page);
  expect(before).toEqual([4202, 4203, 4101]);

  await page.reload();
  await expect(s.results).toHaveCount(3);
  expect(await listedSeeds(page)).toEqual(before);
  await expect(s.gallery.getByText(/^Gallery: [\d.]+ (B|KB|MB)$/)).toBeVisible();

  // The recipe is back too: the viewer shows the prompt and seed of the last result.
  await s.resultImage(4101).click();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await expect(viewer.getByText('a copper kettle')).toBeVisible();
  await expect(viewer.getByRole('img', { name: 'Seed 4101 at full size' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(viewer.getByRole('img', { name: 'Seed 4203 at full size' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
});

test('a generation running at reload comes back as interrupted and re-runs with one click', async ({
  page,
  slowStudioURL,
}) => {
  const s = await openStudio(page, slowStudioURL);
  await s.prompt(1).fill('a slow lighthouse');
  await s.seed.fill('5150');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/text-to-image'));
  await s.generate.click();
  await sent;
  await page.reload();
  const interrupted = page.getByRole('group', { name: 'Interrupted runs' });
  await expect(interrupted.getByText(/a slow lighthouse/)).toBeVisible();
  await s.prompt(1).fill('something else');
  await interrupted.getByRole('button', { name: 'Re-run' }).click();
  await expect(s.prompt(1)).toHaveValue('a slow lighthouse');
  await expect(s.resultImage(5150)).toBeVisible({ timeout: 30_000 });
  await expect(interrupted).toBeHidden();
});

test('delete, then Undo delete puts the result back in its place', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('three pebbles');
  await s.seed.fill('6100');
  await s.samples.fill('3');
  await readArtifacts(await generateAndWait(page));
  await expect(s.results).toHaveCount(3);
  await s.results.nth(1).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(s.results).toHaveCount(2);
  await expect(s.resultImage(6101)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete', exact: true }).click();
  await expect(s.results).toHaveCount(3);
  expect(await listedSeeds(page)).toEqual([6100, 6101, 6102]);
  await page.reload();
  expect(
    await (async () => {
      await expect(s.results).toHaveCount(3);
      return listedSeeds(page);
    })(),
  ).toEqual([6100, 6101, 6102]);
});

test('favourite with the button and with F survives a reload; the filter narrows by prompt', async ({
  page,
}) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a red kite');
  await s.seed.fill('7100');
  await readArtifacts(await generateAndWait(page));
  await s.prompt(1).fill('a green frog');
  await s.seed.fill('7200');
  await readArtifacts(await generateAndWait(page));
  await expect(s.results).toHaveCount(2);
  const frog = s.results.first();
  await frog.getByRole('button', { name: 'Favourite', exact: true }).click();
  await expect(frog.getByRole('button', { name: 'Favourite', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const kite = s.results.nth(1);
  await kite.getByRole('button', { name: 'Reuse seed', exact: true }).focus();
  await page.keyboard.press('f');
  await expect(kite.getByRole('button', { name: 'Favourite', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('searchbox', { name: 'Filter results' }).fill('kite');
  await expect(s.results).toHaveCount(1);
  await expect(s.resultImage(7100)).toBeVisible();
  await page.reload();
  await expect(s.results).toHaveCount(2);
  for (const item of await s.results.all()) {
    await expect(item.getByRole('button', { name: 'Favourite', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
});

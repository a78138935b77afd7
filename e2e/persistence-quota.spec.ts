import { expect, generateAndWait, openStudio, readArtifacts, test } from './fixtures';

test('a full disk shows the message, keeps every result in the tab and leaves nothing half-written', async ({
  page,
}) => {
  // After `__gessoPutsLeft` more writes, IndexedDB refuses every put the way a full disk does.
  await page.addInitScript(() => {
    const scope = globalThis as typeof globalThis & { __gessoPutsLeft?: number };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (scope.__gessoPutsLeft !== undefined && scope.__gessoPutsLeft-- <= 0) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const s = await openStudio(page);
  await s.prompt(1).fill('a stored apple');
  await s.seed.fill('8100');
  await readArtifacts(await generateAndWait(page));
  await expect(s.resultImage(8100)).toBeVisible();

  // Room for a few more writes: the next generation's transaction starts, then fails midway.
  await page.evaluate(() => {
    (globalThis as typeof globalThis & { __gessoPutsLeft?: number }).__gessoPutsLeft = 2;
  });
  await s.prompt(1).fill('an unstored pear');
  await s.seed.fill('8200');
  await s.samples.fill('2');
  await readArtifacts(await generateAndWait(page));
  await expect(page.getByRole('alert').filter({ hasText: 'Storage is full' })).toBeVisible();
  await expect(s.results).toHaveCount(3);
  for (const seed of [8200, 8201, 8100]) await expect(s.resultImage(seed)).toBeVisible();
  // Still usable: the viewer opens the in-memory result at full size.
  await s.resultImage(8201).dblclick();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await expect(viewer.getByRole('img', { name: 'Seed 8201 at full size' })).toBeVisible();
  await page.keyboard.press('Escape');

  // After a reload only what was fully stored is back: no record without its PNG, no partial batch.
  await page.reload();
  await expect(s.resultImage(8100)).toBeVisible();
  await expect(s.results).toHaveCount(1);
  // Its run could not be marked finished either, so it is offered again rather than silently lost.
  await expect(
    page.getByRole('group', { name: 'Interrupted runs' }).getByText(/an unstored pear/),
  ).toBeVisible();
  await s.resultImage(8100).dblclick();
  await expect(viewer.getByRole('img', { name: 'Seed 8100 at full size' })).toBeVisible();
  // The full PNG really came back from storage: it decodes to the result's 512 px width.
  const full = viewer.getByRole('img', { name: 'Seed 8100 at full size' });
  await expect(full).toHaveAttribute('data-ready', 'true');
  expect(await full.evaluate((c) => (c as HTMLCanvasElement).width)).toBe(512);
});

import { expect, openStudio, studio, test } from './fixtures';
import { seedGallery } from './fixtures/seedGallery';

const RESULTS = 600;

test('a large gallery lists its first screen, counts everything, and reads the rest as needed', async ({
  page,
}) => {
  await openStudio(page);
  await expect(page.getByText('Generated pictures appear here')).toBeVisible();
  await seedGallery(page, RESULTS);
  await page.reload();
  const s = studio(page);
  await expect(s.gallery.getByText(String(RESULTS), { exact: true })).toBeVisible();
  await expect(s.resultImage(5000 + RESULTS - 1)).toBeVisible();
  // Only the rows on screen are in the page, though the scroll height is for all 600.
  expect(await s.results.count()).toBeLessThan(60);

  // Scrolled to the bottom, the oldest result loads and shows.
  const list = s.gallery.getByRole('grid', { name: 'Results' });
  await expect(async () => {
    await list.evaluate((el) => el.parentElement!.scrollTo(0, el.parentElement!.scrollHeight));
    await expect(s.resultImage(5000)).toBeVisible({ timeout: 1000 });
  }).toPass();

  // A filter counts its matches (12 comets) and lists them; favourites only, the same.
  await page.getByRole('searchbox', { name: 'Filter results' }).fill('comet');
  await expect(s.gallery.getByText(`12 of ${RESULTS}`, { exact: true })).toBeVisible();
  await expect(s.resultImage(5550)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter results' }).fill('');
  await page.getByRole('button', { name: 'Favourites only', exact: true }).click();
  await expect(s.gallery.getByText(`15 of ${RESULTS}`, { exact: true })).toBeVisible();
  await expect(s.resultImage(5560)).toBeVisible();
  await page.getByRole('button', { name: 'Favourites only', exact: true }).click();
  await expect(s.gallery.getByText(String(RESULTS), { exact: true })).toBeVisible();

  // The viewer walks past the first page: the next one is read when the walk gets there.
  await list.evaluate((el) => el.parentElement!.scrollTo(0, 0));
  await s.resultImage(5000 + RESULTS - 1).click();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await expect(viewer.getByText(`1 / ${RESULTS}`, { exact: true })).toBeVisible();
  for (let step = 1; step <= 105; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(viewer.getByText(`${step + 1} / ${RESULTS}`, { exact: true })).toBeVisible();
  }
  await expect(viewer.getByRole('img', { name: `Seed ${5000 + RESULTS - 106} at full size` })).toBeVisible();
});

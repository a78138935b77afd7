import type { Page } from '@playwright/test';
import { expect, openStudio, studio, test } from './fixtures';

const RESULTS = 600;

/**
 * Writes `n` results straight into the gallery's database (schema v3: records with backend-neutral recipes,
 * thumbnails, PNGs and the counters beside `seq`), as a long-used gallery would hold them: result i has seed 5000 + i, is newer
 * than i − 1, is about a comet when i % 50 = 0, and is a favourite when i % 40 = 0.
 */
async function seedGallery(page: Page, n: number): Promise<void> {
  await page.evaluate(async (count) => {
    const canvas = new OffscreenCanvas(8, 8);
    canvas.getContext('2d')!.fillRect(0, 0, 8, 8);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gesso-gallery');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['results', 'pngs', 'thumbs', 'meta'], 'readwrite');
    for (let i = 0; i < count; i++) {
      const id = `seeded-${i}`;
      const createdAt = 1_700_000_000_000 + i * 1000;
      tx.objectStore('pngs').put({ id, blob: png });
      tx.objectStore('thumbs').put({ id, blob: png });
      tx.objectStore('results').put({
        id,
        createdAt,
        seq: i + 1,
        favourite: i % 40 === 0,
        recipe: {
          backend: 'v1alpha',
          mode: 'text-to-image',
          engineId: 'stable-diffusion-v1-5',
          params: {
            prompts: [{ text: i % 50 === 0 ? `a comet ${i}` : `a quiet lake ${i}`, weight: 1 }],
          },
          createdAt,
          seed: 5000 + i,
          finishReason: 'SUCCESS',
        },
        pngSize: png.size,
        pngType: 'image/png',
        thumbSize: png.size,
        inputHashes: [],
      });
    }
    for (const [key, value] of [
      ['seq', count],
      ['resultCount', count],
      ['pngBytes', count * png.size],
      ['thumbBytes', count * png.size],
    ] as const) {
      tx.objectStore('meta').put({ key, value });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, n);
}

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
  const list = s.gallery.getByRole('list', { name: 'Results' });
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

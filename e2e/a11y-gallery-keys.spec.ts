import type { Page } from '@playwright/test';
import { expect, openStudio, studio, test } from './fixtures';
import { seedGallery } from './fixtures/seedGallery';

/** The gallery card (gridcell) that shows the result with this seed. */
function card(page: Page, seed: number) {
  return studio(page).results.filter({
    has: page.getByRole('img', { name: `Result, seed ${seed}`, exact: true }),
  });
}

/** Opens the studio with `n` stored results: seeds 5000…5000+n−1, the newest (highest) first. */
async function openWithResults(page: Page, n: number) {
  await openStudio(page);
  await seedGallery(page, n);
  await page.reload();
  const s = studio(page);
  await expect(s.gallery.getByText(String(n), { exact: true })).toBeVisible();
  return s;
}

test('the gallery is one tab stop, and arrow keys walk its cards past the first page', async ({ page }) => {
  const s = await openWithResults(page, 250);
  const grid = s.gallery.getByRole('grid', { name: 'Results' });
  await s.gallery.getByRole('button', { name: 'Favourites only', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(card(page, 5249)).toBeFocused();
  // One stop: the next Tab leaves the grid, Shift+Tab comes back to the same card.
  await page.keyboard.press('Tab');
  await expect(grid.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(card(page, 5249)).toBeFocused();
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);

  // Two columns: → is the next result, ↓ the one below, ← and ↑ go back.
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 5248)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 5246)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(card(page, 5247)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(card(page, 5249)).toBeFocused();
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);

  // 60 rows down is result 120, past the first page (100): it loads, scrolls into view and takes focus.
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
  await expect(card(page, 5249 - 120)).toBeFocused();
  await expect(card(page, 5249 - 120)).toBeInViewport();
  await page.keyboard.press('End');
  await expect(card(page, 5249 - 121)).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(card(page, 5249)).toBeFocused();
  await expect(card(page, 5249)).toBeInViewport();
});

test('the focused card’s actions work from the keyboard, and Delete hands focus to a neighbour', async ({
  page,
}) => {
  await openWithResults(page, 4);
  await card(page, 5003).focus();
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 5002)).toBeFocused();

  // Enter views it; Escape closes the viewer and gives focus back to the card.
  await page.keyboard.press('Enter');
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await expect(viewer.getByRole('img', { name: 'Seed 5002 at full size' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(card(page, 5002)).toBeFocused();

  // F favourites; Space selects.
  await page.keyboard.press('f');
  await expect(card(page, 5002).getByRole('button', { name: 'Favourite', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press(' ');
  await expect(card(page, 5002)).toHaveAttribute('aria-selected', 'true');

  // F2 goes into the card's buttons; Tab stays among them; Escape goes back to the card.
  await page.keyboard.press('F2');
  await expect(card(page, 5002).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card(page, 5002).getByRole('button', { name: 'Favourite', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(card(page, 5002).getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card(page, 5002)).toBeFocused();

  // Delete: the next card takes focus; from a card's own Delete button too; the last one hands it back.
  await page.keyboard.press('Delete');
  await expect(card(page, 5002)).toHaveCount(0);
  await expect(card(page, 5001)).toBeFocused();
  await page.keyboard.press('F2');
  await page.keyboard.press('Shift+Tab');
  await expect(card(page, 5001).getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page, 5001)).toHaveCount(0);
  await expect(card(page, 5000)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(card(page, 5000)).toHaveCount(0);
  await expect(card(page, 5003)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(studio(page).results).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('Delete selected leaves focus in the gallery, not on the page', async ({ page }) => {
  const s = await openWithResults(page, 3);
  await card(page, 5002).focus();
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await s.gallery.getByRole('button', { name: 'Delete selected', exact: true }).click();
  await expect(s.results).toHaveCount(1);
  await expect(s.gallery).toBeFocused();
});

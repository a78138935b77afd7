import type { Locator, Page } from '@playwright/test';
import { expect, openStudio, test } from './fixtures';
import { canvasUi, makePng, openCanvasStudio, uploadImage } from './fixtures/canvas';

/** Focuses `inside` (a control deep in the overlay), presses Escape, and checks where focus lands. */
async function escapeFrom(page: Page, overlay: Locator, inside: Locator, backTo: Locator) {
  await inside.focus();
  await expect(inside).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(backTo).toBeFocused();
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('Escape closes Settings, Compare seeds and the X/Y grid dialog from a field inside, focus goes back', async ({
  page,
}) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('a glass bird');
  await s.settings.click();
  await escapeFrom(
    page,
    s.settingsDialog,
    s.settingsDialog.getByRole('textbox', { name: 'Organization' }),
    s.settings,
  );

  await button(page, 'Compare seeds').click();
  const seeds = page.getByRole('dialog', { name: 'Compare seeds', exact: true });
  await escapeFrom(page, seeds, seeds.getByRole('textbox', { name: 'Seeds' }), button(page, 'Compare seeds'));

  await button(page, 'X/Y grid').click();
  const grid = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  await escapeFrom(page, grid, grid.getByRole('textbox', { name: 'Y values' }), button(page, 'X/Y grid'));
});

test('Escape closes the result viewer, the comparison and the X/Y grid view, focus goes back', async ({
  page,
}) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('two shells');
  await s.seed.fill('300');
  await s.samples.fill('2');
  await s.generate.click();
  await expect(s.results).toHaveCount(2);

  const thumbnail = s.gallery.getByRole('button', { name: 'Result, seed 300', exact: true });
  await thumbnail.click();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await escapeFrom(page, viewer, viewer.getByRole('button', { name: '☆ Favourite' }), thumbnail);

  await s.resultImage(300).click({ modifiers: ['Control'] });
  await s.resultImage(301).click({ modifiers: ['Control'] });
  await button(page, 'Compare selected').click();
  const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
  await expect(comparison.getByRole('figure')).toHaveCount(2);
  await escapeFrom(
    page,
    comparison,
    comparison.getByRole('button', { name: 'Reset view' }),
    button(page, 'Compare selected'),
  );

  await button(page, 'X/Y grid').click();
  const dialog = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  await dialog.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'CFG scale' });
  await dialog.getByRole('textbox', { name: 'Y values' }).fill('5, 9');
  await dialog.getByRole('textbox', { name: 'Seeds' }).fill('500');
  await dialog.getByRole('button', { name: 'Run', exact: true }).click();
  const gridView = page.getByRole('region', { name: 'X/Y grid results' });
  await expect(gridView.getByRole('img')).toHaveCount(2);
  await escapeFrom(
    page,
    gridView,
    gridView.getByRole('button', { name: 'Export grid' }),
    button(page, 'X/Y grid'),
  );
});

test('Escape closes the Image size dialog and focus goes back to Upload image', async ({ page }) => {
  await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadImage(page, { name: 'big.png', mimeType: 'image/png', buffer: await makePng(700, 700) });
  await expect(ui.sizeDialog).toBeVisible();
  await escapeFrom(
    page,
    ui.sizeDialog,
    ui.sizeDialog.getByRole('button', { name: 'Resize' }),
    ui.upload.first(),
  );
});

import type { Page } from '@playwright/test';
import { chooseApiVersion, expect, test } from './fixtures';
import {
  canvasUi,
  dragStroke,
  openCanvasStudio,
  readMultipart,
  setSlider,
  uploadExample,
} from './fixtures/canvas';

// Issue 10 §3: what is sent is what is shown.

/** Paints one stroke across the example image, which makes the mode inpainting. */
async function paintStroke(page: Page): Promise<void> {
  const ui = canvasUi(page);
  await ui.brush.click();
  await dragStroke(page, { x: 100, y: 100 }, { x: 300, y: 260 });
  await expect(ui.mode).toContainText('Inpainting');
}

test('inpainting shows no image strength and sends none, even one set earlier in image-to-image', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await setSlider(page, 'Image strength', 0.8);
  await paintStroke(page);
  await expect(ui.imageStrength).toBeHidden();
  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  expect(sent.options.mask_source).toBe('MASK_IMAGE_WHITE');
  expect(Object.keys(sent.options)).not.toContain('step_schedule_start');
  // What is shown (under Advanced) still goes out.
  expect(sent.options.step_schedule_end).toBe(0.01);
});

test('the X/Y grid offers only the axes that change the request in the current mode', async ({ page }) => {
  await openCanvasStudio(page);
  const dialog = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  /** Opens the dialog, checks its Y axis lists exactly `labels`, and closes it. */
  const expectAxes = async (labels: string[]) => {
    await page.getByRole('button', { name: 'X/Y grid', exact: true }).click();
    await expect(dialog.getByRole('combobox', { name: 'Y axis' }).getByRole('option')).toHaveText(labels);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
  };
  await expectAxes(['CFG scale', 'Steps', 'Sampler', 'Prompt S/R']);
  await uploadExample(page);
  await expectAxes(['CFG scale', 'Steps', 'Sampler', 'Image strength', 'Prompt S/R']);
  await paintStroke(page);
  await expectAxes(['CFG scale', 'Steps', 'Sampler', 'Prompt S/R']);
});

test('the hint under Seeds says what Seeds accepts, up to the API’s largest seed', async ({ page }) => {
  const s = await openCanvasStudio(page);
  await s.seed.fill('10');
  const grid = page.getByRole('dialog', { name: 'X/Y grid', exact: true });
  const seeds = grid.getByRole('textbox', { name: 'Seeds', exact: true });

  await page.getByRole('button', { name: 'X/Y grid', exact: true }).click();
  await expect(seeds).toHaveAccessibleDescription(
    'Whole numbers from 1 to 2147483647, separated by commas or spaces; at most 100.',
  );
  await grid.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'CFG scale' });
  await grid.getByRole('textbox', { name: 'Y values' }).fill('5, 7');
  await seeds.fill('2147483647 2147483648');
  await grid.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(grid.getByRole('alert')).toHaveText('Seeds: Seed 2147483648 is outside 1–2147483647');
  await grid.getByRole('button', { name: 'Cancel', exact: true }).click();

  // v1's seeds run to 4294967295: the hint and the field both say so.
  await chooseApiVersion(page, 'v1');
  await page.getByRole('button', { name: 'X/Y grid', exact: true }).click();
  await expect(seeds).toHaveAccessibleDescription(
    'Whole numbers from 1 to 4294967295, separated by commas or spaces; at most 100.',
  );
  await grid.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'CFG scale' });
  await grid.getByRole('textbox', { name: 'Y values' }).fill('5, 7');
  await seeds.fill('4000000000, 4000000001');
  await expect(grid.getByText('2 × 2 = 4 pictures in 2 requests', { exact: true })).toBeVisible();
  await grid.getByRole('button', { name: 'Cancel', exact: true }).click();

  const compare = page.getByRole('dialog', { name: 'Compare seeds', exact: true });
  await page.getByRole('button', { name: 'Compare seeds', exact: true }).click();
  await expect(compare.getByRole('textbox', { name: 'Seeds', exact: true })).toHaveAccessibleDescription(
    'Whole numbers from 1 to 4294967295, separated by commas or spaces; at most 100.',
  );
});

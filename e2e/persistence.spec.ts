import { expect, openStudio, test } from './fixtures';

test('options survive a reload', async ({ page }) => {
  const s = await openStudio(page);
  await s.prompt(1).fill('an orange tram in the rain');
  await s.steps.fill('37');
  await s.cfgScale.fill('11.5');
  await s.seed.fill('987654');
  await s.sampler.selectOption('K_DPMPP_2M');
  // Leave the last field the way a user would before reloading.
  await s.seed.press('Tab');

  await page.reload();
  await expect(s.prompt(1)).toHaveValue('an orange tram in the rain');
  await expect(s.steps).toHaveValue('37');
  await expect(s.cfgScale).toHaveValue('11.5');
  await expect(s.seed).toHaveValue('987654');
  await expect(s.sampler).toHaveValue('K_DPMPP_2M');
});

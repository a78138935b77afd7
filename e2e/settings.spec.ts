import { expect, generateAndWait, openStudio, test } from './fixtures';

test('a wrong API key gives the 401 sentence pointing to Settings', async ({ page }) => {
  const s = await openStudio(page);
  await s.settings.click();
  await expect(s.settingsDialog).toBeVisible();
  // The local engine only ever gets its development key; a typed key goes to this origin only when the
  // origin itself is the API host.
  await s.settingsDialog
    .getByRole('textbox', { name: 'API host', exact: true })
    .fill(new URL(page.url()).origin);
  await s.settingsDialog.getByRole('textbox', { name: 'API key', exact: true }).fill('sk-this-key-is-wrong');
  await page.keyboard.press('Escape');
  await expect(s.settingsDialog).toBeHidden();

  await s.prompt(1).fill('a quiet harbour');
  const response = await generateAndWait(page);
  expect(response.status()).toBe(401);
  expect(response.request().headers()['authorization']).toContain('sk-this-key-is-wrong');

  const alert = page
    .getByRole('alert')
    .filter({ hasText: /key/i })
    .filter({ hasText: /Settings/ });
  await expect(alert.first()).toBeVisible();
  await expect(s.results).toHaveCount(0);
});

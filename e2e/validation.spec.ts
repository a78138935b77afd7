import type { Request } from '@playwright/test';
import { expect, generateAndWait, isTextToImage, openStudio, test } from './fixtures';

test('an invalid width shows its message and cannot be sent', async ({ page }) => {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (isTextToImage(request)) sent.push(request);
  });
  const s = await openStudio(page);
  await s.prompt(1).fill('a blue whale');
  await s.width.fill('500');

  await expect(page.getByRole('alert').filter({ hasText: /(multiples?|increments?) of 64/i })).toBeVisible();
  await expect(s.generate).toBeDisabled();
  // A forced click on a disabled button must still send nothing.
  await s.generate.click({ force: true });

  // Fix the width and generate: requests go out in order, so if the 500-wide one had been sent it
  // would be recorded before this response arrives. No sleep needed to prove a negative.
  await s.width.fill('512');
  await expect(page.getByRole('alert').filter({ hasText: /(multiples?|increments?) of 64/i })).toHaveCount(0);
  const response = await generateAndWait(page);
  expect(response.status()).toBe(200);
  expect(sent.map((r) => (r.postDataJSON() as { width?: unknown }).width)).toEqual([512]);
});

test('no error greets a user who has typed nothing; it shows once the prompt was edited or Generate tried', async ({
  page,
}) => {
  const s = await openStudio(page);
  const empty = page.getByRole('alert').filter({ hasText: 'Prompt 1 is empty' });
  // Generate says "Checking…" until the API's rules are in: only then is "no alert" a finding.
  const checking = page.getByText('Checking…', { exact: true });
  await expect(checking).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(s.generate).toBeDisabled();
  await expect(page.getByText('Write Prompt 1 to generate.', { exact: true })).toBeVisible();

  // Ctrl+Enter is an attempt: every message shows.
  await s.prompt(1).focus();
  await page.keyboard.press('Control+Enter');
  await expect(empty).toBeVisible();

  // After a reload, typing and clearing the prompt is an edit: its message shows.
  await page.reload();
  await expect(s.engine).toBeEnabled();
  await expect(checking).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await s.prompt(1).fill('a');
  await s.prompt(1).fill('');
  await expect(empty).toBeVisible();
  await expect(s.generate).toBeDisabled();
});

import type { BrowserContext, Page } from '@playwright/test';
import { expect, generateAndWait, openStudio, readArtifacts, studio, test } from './fixtures';

/**
 * A disk of limited bytes, the way a browser's quota behaves: blobs put into `pngs`, `thumbs` and `inputs`
 * count once their transaction commits, deletes give the room back, and a put that would go past
 * `__gessoQuota.limit` throws QuotaExceededError (the transaction aborts, nothing is kept). Sizes are known
 * for blobs written in this page load, so a spec fills the disk and frees it within one load.
 */
function byteQuota() {
  const scope = globalThis as typeof globalThis & {
    __gessoQuota?: { limit?: number; used: () => number; fill: () => void };
  };
  const keyPaths: Record<string, string> = { pngs: 'id', thumbs: 'id', inputs: 'hash' };
  const sizes = new Map<string, number>();
  const pending = new WeakMap<IDBTransaction, Map<string, number>>();
  let used = 0;
  const quota: { limit?: number; used: () => number; fill: () => void } = {
    used: () => used,
    fill: () => {
      quota.limit = used;
    },
  };
  scope.__gessoQuota = quota;
  const changesOf = (tx: IDBTransaction) => {
    let changes = pending.get(tx);
    if (!changes) {
      const mine = new Map<string, number>();
      changes = mine;
      pending.set(tx, mine);
      tx.addEventListener('complete', () => {
        for (const [key, bytes] of mine) {
          used += bytes - (sizes.get(key) ?? 0);
          if (bytes > 0) sizes.set(key, bytes);
          else sizes.delete(key);
        }
      });
    }
    return changes;
  };
  const projected = (changes: Map<string, number>) =>
    [...changes].reduce((total, [key, bytes]) => total + bytes - (sizes.get(key) ?? 0), used);
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const keyPath = keyPaths[this.name];
    if (keyPath) {
      const row = value as Record<string, unknown> & { blob?: Blob };
      const changes = changesOf(this.transaction);
      const id = `${this.name}:${String(row[keyPath])}`;
      const before = changes.get(id);
      changes.set(id, row.blob?.size ?? 0);
      if (quota.limit !== undefined && projected(changes) > quota.limit) {
        if (before === undefined) changes.delete(id);
        else changes.set(id, before);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    }
    return put.call(this, value, key);
  };
  const remove = IDBObjectStore.prototype.delete;
  IDBObjectStore.prototype.delete = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
    if (keyPaths[this.name] && typeof key === 'string')
      changesOf(this.transaction).set(`${this.name}:${key}`, 0);
    return remove.call(this, key);
  };
}

/** Fills the simulated disk: from now on nothing more fits until something is deleted. */
async function fillDisk(page: Page): Promise<void> {
  await page.evaluate(() =>
    (globalThis as typeof globalThis & { __gessoQuota: { fill: () => void } }).__gessoQuota.fill(),
  );
}

async function generate(page: Page, prompt: string, seed: number, samples = 1): Promise<void> {
  const s = studio(page);
  await s.prompt(1).fill(prompt);
  await s.seed.fill(String(seed));
  await s.samples.fill(String(samples));
  await readArtifacts(await generateAndWait(page));
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'not saved. Storage is full' });

async function withQuota(context: BrowserContext): Promise<void> {
  await context.addInitScript(byteQuota);
}

test('a full quota, then a reload, tells the user which results were not saved', async ({
  page,
  context,
}) => {
  await withQuota(context);
  const s = await openStudio(page);
  await generate(page, 'a stored apple', 8100);
  await expect(s.resultImage(8100)).toBeVisible();
  await fillDisk(page);
  await generate(page, 'an unsaved pear', 8200, 2);
  await expect(banner(page)).toContainText('2 results are not saved.');
  await expect(s.results).toHaveCount(3);

  // Downloading keeps them as files: the banner says so, and the note after the reload too.
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await banner(page).getByRole('button', { name: 'Download unsaved results', exact: true }).click();
  await expect(banner(page)).toContainText('All downloaded.');
  await expect.poll(() => downloads.sort()).toEqual(['gesso-8200.png', 'gesso-8201.png']);

  await page.reload();
  await expect(s.resultImage(8100)).toBeVisible();
  await expect(s.results).toHaveCount(1);
  const note = page.getByRole('alert').filter({ hasText: 'of your last session' });
  await expect(note).toContainText('2 results of your last session could not be saved and are gone.');
  await expect(note).toContainText('All had been downloaded.');
  await expect(note).toContainText('an unsaved pear');
  await expect(banner(page)).toBeHidden();
  await note.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(note).toBeHidden();
  await page.reload();
  await expect(s.resultImage(8100)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'of your last session' })).toBeHidden();
});

test('Free space deletes the oldest results, saves the unsaved ones, and Undo puts everything back', async ({
  page,
  context,
}) => {
  await withQuota(context);
  const s = await openStudio(page);
  await generate(page, 'an old fig', 8300, 4);
  await expect(s.results).toHaveCount(4);
  // The newest old result is a favourite: never a candidate.
  await s.results.first().getByRole('button', { name: 'Favourite', exact: true }).click();
  await fillDisk(page);
  await generate(page, 'a new plum', 8400, 2);
  await expect(banner(page)).toContainText('2 results are not saved.');

  await banner(page).getByRole('button', { name: 'Free space', exact: true }).click();
  await expect(banner(page)).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Freed' });
  await expect(toast).toContainText(/Freed [\d.]+ (KB|MB) by deleting the (\d+ )?oldest results?; saved 2\./);
  const deleted = Number(/deleting the (\d+) oldest/.exec((await toast.textContent()) ?? '')?.[1] ?? 1);
  await expect(s.results).toHaveCount(6 - deleted);
  for (const seed of [8400, 8401, 8300]) await expect(s.resultImage(seed)).toBeVisible();
  // Oldest first: a batch lists its first picture first, so its last picture is the oldest.
  await expect(s.resultImage(8303)).toHaveCount(0);

  await toast.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(banner(page)).toContainText('2 results are not saved.');
  await expect(s.results).toHaveCount(6);
  await expect(s.resultImage(8303)).toBeVisible();

  // Free space again and keep it: after a reload everything is there and nothing is reported lost.
  await banner(page).getByRole('button', { name: 'Free space', exact: true }).click();
  await expect(banner(page)).toBeHidden();
  await page.reload();
  await expect(s.results).toHaveCount(6 - deleted);
  for (const seed of [8400, 8401, 8300]) await expect(s.resultImage(seed)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'of your last session' })).toBeHidden();
});

test('closing the tab asks first only while results are not saved', async ({ page, context }) => {
  await withQuota(context);
  const dialogs: string[] = [];
  const s = await openStudio(page);
  await generate(page, 'a stored apple', 8500);
  await expect(s.resultImage(8500)).toBeVisible();
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual([]);

  const tab = await context.newPage();
  tab.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  const t = await openStudio(tab);
  await expect(t.resultImage(8500)).toBeVisible();
  // Results stored in this page load, so the simulated disk knows what deleting them frees; the apple of
  // the closed page is kept out of "Free space" as a favourite.
  await t.results.first().getByRole('button', { name: 'Favourite', exact: true }).click();
  await generate(tab, 'a stored quince', 8510, 3);
  await expect(t.results).toHaveCount(4); // listed once committed: only then does the disk count them
  await fillDisk(tab);
  await generate(tab, 'an unsaved pear', 8600);
  await expect(banner(tab)).toContainText('1 result is not saved.');
  await tab.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  // Dismissed: the tab stays, with its unsaved result.
  expect(tab.isClosed()).toBe(false);
  await expect(t.resultImage(8600)).toBeVisible();

  await banner(tab).getByRole('button', { name: 'Free space', exact: true }).click();
  await expect(banner(tab)).toBeHidden();
  await tab.close({ runBeforeUnload: true });
  await expect.poll(() => tab.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});

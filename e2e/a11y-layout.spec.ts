import type { Page } from '@playwright/test';
import { expect, openStudio, studio, test } from './fixtures';
import { seedGallery } from './fixtures/seedGallery';
import { uploadExample, waitForCanvasHooks } from './fixtures/canvas';

/**
 * What does not fit, read in the page: sideways scroll of the page, and every visible control that pokes
 * out of the part of the studio it belongs to (header, a column, the canvas toolbar) or out of the window.
 */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > vw) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${vw}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
      const part = el.parentElement?.closest<HTMLElement>('[role="toolbar"], header, aside, main, section');
      const bounds = part?.getBoundingClientRect() ?? { left: 0, right: vw };
      if (box.left < Math.max(0, bounds.left) - 0.5 || box.right > Math.min(vw, bounds.right) + 0.5) {
        found.push(`"${name}" spans ${Math.round(box.left)}–${Math.round(box.right)} outside its part`);
      }
    }
    return found;
  });
}

/** Rows the canvas toolbar takes: controls whose tops lie below the first control's bottom start a new row. */
function toolbarRows(page: Page): Promise<number> {
  return page.getByRole('toolbar', { name: 'Canvas tools' }).evaluate((toolbar) => {
    const boxes = [...toolbar.querySelectorAll('button, input')].map((c) => c.getBoundingClientRect());
    const rows: number[] = [];
    for (const b of boxes.sort((x, y) => x.top - y.top)) {
      if (!rows.some((bottom) => b.top < bottom)) rows.push(b.bottom);
    }
    return rows.length;
  });
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} nothing scrolls sideways and the canvas toolbar keeps one row`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openStudio(page, '/?testhooks');
    await seedGallery(page, 4);
    await page.reload();
    const s = studio(page);
    await expect(s.results).toHaveCount(4);
    await waitForCanvasHooks(page);
    expect(await overflows(page)).toEqual([]);

    await uploadExample(page);
    await page.keyboard.press('Control+1');
    expect(await toolbarRows(page)).toBe(1);
    // One zoom control says "100 %" at actual size (there were two: a button and a readout).
    await expect(page.getByText('100 %', { exact: true })).toHaveCount(1);
    expect(await overflows(page)).toEqual([]);

    // A selection shows its bar in the gallery column; all of it stays in the column.
    await s.resultImage(5000).click({ modifiers: ['Control'] });
    await s.resultImage(5001).click({ modifiers: ['Control'] });
    await expect(page.getByRole('button', { name: 'Clear', exact: true })).toBeVisible();
    expect(await overflows(page)).toEqual([]);
  });
}

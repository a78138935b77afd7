import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checkSize } from '../src/lib/api/sizeRules';
import { chooseApiVersion, expect, readArtifacts, test } from './fixtures';
import {
  canvasUi,
  decode,
  isGeneration,
  loadMaskInPage,
  maskStats,
  openCanvasStudio,
  readFormParts,
  readMultipart,
  uploadImage,
} from './fixtures/canvas';
import {
  canvasSignature,
  downloadKept,
  edgeDistance,
  patternPng,
  samePixel,
  squareMask,
} from './fixtures/onlyMasked';

/**
 * Issue 11 §1–2: "Only masked" sends only the region around the mask and pastes the answer back into the
 * full-resolution picture; the stage composites it with a "Feather", shows the seam, and keeps the composite.
 */

/** Opens `path`, loads a square mask, and generates; resolves the multipart sent and the engine's path. */
async function inpaintSquare(
  page: Page,
  path: string,
  size: { width: number; height: number },
  square: { at: { x: number; y: number }; side: number },
  api?: 'Stable Image (v2beta)',
) {
  const s = await openCanvasStudio(page);
  if (api) await chooseApiVersion(page, api);
  const ui = canvasUi(page);
  await uploadImage(page, path);
  await expect.poll(() => maskStats(page), { timeout: 60_000 }).toMatchObject(size);
  await expect(ui.sizeDialog).toBeHidden();
  await loadMaskInPage(page, await squareMask(size.width, size.height, square.at, square.side));
  await expect(ui.mode).toContainText('Inpainting');
  return s;
}

test('a 6000×4000 PNG with a 200×200 mask sends a valid region only, and keeps a 6000×4000 picture equal to the original outside the mask', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const path = test.info().outputPath('pattern-6000x4000.png');
  const size = { width: 6000, height: 4000 };
  await patternPng(path, size.width, size.height);
  const square = { at: { x: 2900, y: 1900 }, side: 200 };
  const s = await inpaintSquare(page, path, size, square);

  // On by default: the image is larger than the model allows. The region sent is outlined on the canvas.
  const onlyMasked = page.getByRole('checkbox', { name: 'Only masked', exact: true });
  await expect(onlyMasked).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Context margin', exact: true })).toBeVisible();
  const outline = canvasUi(page).region.getByRole('img', { name: 'Region sent', exact: true });
  await expect(outline).toBeVisible();
  await expect(s.generate).toBeEnabled();

  const responsePromise = page.waitForResponse((r) => isGeneration(r.request(), 'image-to-image/masking'));
  await s.generate.click();
  const request = await s.sent.next();
  expect(request.endpoint).toBe('image-to-image/masking');
  const [artifact] = await readArtifacts(await responsePromise);
  const answer = await decode(Buffer.from(artifact!.base64, 'base64'), 'rgba');
  const engineId = request.path.split('/')[3]!;
  const sent = await readMultipart(request);
  const init = await decode(sent.initImage, 'rgba');
  // A size the model takes, far smaller than the picture.
  expect(checkSize(engineId, init.width, init.height)).toBeNull();
  expect(init.width * init.height).toBeLessThan(size.width * size.height);
  const region = (await outline.getAttribute('data-region'))!.split(',').map(Number);
  const [rx, ry, rw, rh] = region as [number, number, number, number];
  expect([rw, rh]).toEqual([init.width, init.height]);
  // The region is the picture's own pixels, unscaled, and holds the whole mask.
  const original = await decode(await readFile(path), 'rgba');
  for (const [x, y] of [
    [0, 0],
    [init.width - 1, init.height - 1],
    [17, 301],
  ] as const) {
    const i = (y * init.width + x) * 4;
    const j = ((ry + y) * size.width + rx + x) * 4;
    expect([...init.data.subarray(i, i + 3)]).toEqual([...original.data.subarray(j, j + 3)]);
  }
  expect(rx).toBeLessThanOrEqual(square.at.x);
  expect(ry).toBeLessThanOrEqual(square.at.y);
  expect(rx + rw).toBeGreaterThanOrEqual(square.at.x + square.side);
  expect(ry + rh).toBeGreaterThanOrEqual(square.at.y + square.side);

  const stage = page.getByRole('region', { name: 'Stage', exact: true });
  await page
    .getByRole('group', { name: 'Centre view', exact: true })
    .getByRole('button', { name: 'Stage' })
    .click();
  await expect(stage.getByRole('img', { name: /^Result, seed \d+$/ })).toBeVisible({ timeout: 60_000 });
  await expect(stage.getByRole('slider', { name: 'Feather', exact: true })).toHaveValue('0');

  const kept = await downloadKept(page);
  expect([kept.width, kept.height]).toEqual([size.width, size.height]);
  let outsideDiffers = 0;
  let insideDiffers = 0;
  let answerMisplaced = 0;
  for (let y = 0; y < size.height; y++)
    for (let x = 0; x < size.width; x++) {
      const i = (y * size.width + x) * 4;
      const inside =
        x >= square.at.x &&
        y >= square.at.y &&
        x < square.at.x + square.side &&
        y < square.at.y + square.side;
      const same = samePixel(kept, original, i);
      // In the mask, the engine's answer itself, in its place (sent unscaled, pasted back unscaled).
      const j = ((y - ry) * answer.width + (x - rx)) * 4;
      if (inside && [0, 1, 2].some((c) => kept.data[i + c] !== answer.data[j + c])) answerMisplaced++;
      if (inside) insideDiffers += same ? 0 : 1;
      else outsideDiffers += same ? 0 : 1;
    }
  expect(outsideDiffers).toBe(0);
  expect(answerMisplaced).toBe(0);
  // The engine's answer is in: the masked square changed.
  expect(insideDiffers).toBeGreaterThan(square.side * square.side * 0.5);
});

test('feather 16 changes only pixels within 16 px of the mask edge; "Show seam" toggles the seam on the stage', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const path = test.info().outputPath('pattern-1024.png');
  const size = { width: 1024, height: 1024 };
  await patternPng(path, size.width, size.height);
  const square = { at: { x: 450, y: 400 }, side: 120 };
  const s = await inpaintSquare(page, path, size, square);
  const onlyMasked = page.getByRole('checkbox', { name: 'Only masked', exact: true });
  if (!(await onlyMasked.isChecked())) await onlyMasked.check();
  await expect(canvasUi(page).region.getByRole('img', { name: 'Region sent', exact: true })).toBeVisible();
  await s.generate.click();
  const sent = await readMultipart(await s.sent.next());
  // The mask goes out deflated: a mostly black mask is a few kilobytes, not a byte per pixel.
  const sentMask = await decode(sent.maskImage!, 'grey');
  expect(sent.maskImage!.length).toBeLessThan((sentMask.width * sentMask.height) / 20);

  const stage = page.getByRole('region', { name: 'Stage', exact: true });
  await page
    .getByRole('group', { name: 'Centre view', exact: true })
    .getByRole('button', { name: 'Stage' })
    .click();
  const result = /^Result, seed \d+$/;
  await expect(stage.getByRole('img', { name: result })).toBeVisible({ timeout: 60_000 });
  const hard = await downloadKept(page);

  const feather = stage.getByRole('slider', { name: 'Feather', exact: true });
  await feather.fill('16');
  await expect(feather).toHaveValue('16');
  const soft = await downloadKept(page);
  // The recipe in the file records how the picture was kept.
  expect(hard.recipe).toMatchObject({ mode: 'masking', onlyMasked: true, feather: 0 });
  expect(soft.recipe).toMatchObject({ mode: 'masking', onlyMasked: true, feather: 16 });
  const original = await decode(await readFile(path), 'rgba');
  let changed = 0;
  const far: string[] = [];
  for (let y = 0; y < size.height; y++)
    for (let x = 0; x < size.width; x++) {
      const i = (y * size.width + x) * 4;
      const d = edgeDistance(x, y, square.at, square.side);
      if (!samePixel(soft, hard, i)) {
        changed++;
        if (d > 16 && far.length < 5) far.push(`(${x}, ${y}) at ${d.toFixed(1)} px`);
      }
      // Farther than the feather outside the mask, the original stays exactly as it was.
      const outside =
        d > 0 &&
        !(
          x >= square.at.x &&
          y >= square.at.y &&
          x < square.at.x + square.side &&
          y < square.at.y + square.side
        );
      if (outside && d > 16 && !samePixel(soft, original, i) && far.length < 5)
        far.push(`(${x}, ${y}) not original`);
    }
  expect(far).toEqual([]);
  expect(changed).toBeGreaterThan(4 * square.side);

  // "Show seam" tints where the result and the original meet, and untints when released.
  const seam = stage.getByRole('button', { name: 'Show seam', exact: true });
  await expect(seam).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => canvasSignature(page, result)).toBeGreaterThanOrEqual(0);
  const plain = await canvasSignature(page, result);
  await seam.click();
  await expect(seam).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => canvasSignature(page, result)).not.toBe(plain);
  await seam.click();
  await expect(seam).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => canvasSignature(page, result)).toBe(plain);

  // The feather chosen is the result's own: after a reload it is still kept at 16.
  await page.reload();
  // The canvas draft comes back first (opening it brings the canvas to the centre), then the stage is chosen.
  await expect(canvasUi(page).mode).toContainText('Inpainting');
  await page
    .getByRole('group', { name: 'Centre view', exact: true })
    .getByRole('button', { name: 'Stage' })
    .click();
  await expect(stage.getByRole('slider', { name: 'Feather', exact: true })).toHaveValue('16', {
    timeout: 30_000,
  });
});

test('v2beta: a 4000×3000 photo (more than its inpaint takes) sends the mask and its margin at their own size to edit/inpaint, and keeps the whole picture', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const path = test.info().outputPath('pattern-4000x3000.png');
  const size = { width: 4000, height: 3000 };
  await patternPng(path, size.width, size.height);
  const square = { at: { x: 1900, y: 1400 }, side: 200 };
  const s = await inpaintSquare(page, path, size, square, 'Stable Image (v2beta)');
  await expect(page.getByRole('checkbox', { name: 'Only masked', exact: true })).toBeChecked();
  const outline = canvasUi(page).region.getByRole('img', { name: 'Region sent', exact: true });
  // The box and its 64 px margin, sent as they are: v2beta's inpaint takes any size in its range.
  await expect(outline).toHaveAttribute('data-region', '1836,1336,328,328');
  // The outline follows "Context margin": none, and the box alone is sent.
  const margin = page.getByRole('slider', { name: 'Context margin', exact: true });
  await margin.fill('0');
  await expect(outline).toHaveAttribute('data-region', '1900,1400,200,200');
  await margin.fill('64');
  await expect(outline).toHaveAttribute('data-region', '1836,1336,328,328');
  await s.generate.click();
  const request = await s.sent.next();
  expect(request.path).toBe('/v2beta/stable-image/edit/inpaint');
  const parts = new Map(await readFormParts(request));
  const image = await decode(parts.get('image') as Buffer, 'rgba');
  const mask = await decode(parts.get('mask') as Buffer, 'grey');
  expect([image.width, image.height, mask.width, mask.height]).toEqual([328, 328, 328, 328]);

  await page
    .getByRole('group', { name: 'Centre view', exact: true })
    .getByRole('button', { name: 'Stage' })
    .click();
  const stage = page.getByRole('region', { name: 'Stage', exact: true });
  await expect(stage.getByRole('img', { name: /^Result, seed \d+$/ })).toBeVisible({ timeout: 60_000 });
  const kept = await downloadKept(page);
  expect([kept.width, kept.height]).toEqual([size.width, size.height]);
  const original = await decode(await readFile(path), 'rgba');
  let outsideDiffers = 0;
  let insideDiffers = 0;
  for (let y = 0; y < size.height; y++)
    for (let x = 0; x < size.width; x++) {
      const inside =
        x >= square.at.x &&
        y >= square.at.y &&
        x < square.at.x + square.side &&
        y < square.at.y + square.side;
      const same = samePixel(kept, original, (y * size.width + x) * 4);
      if (inside) insideDiffers += same ? 0 : 1;
      else outsideDiffers += same ? 0 : 1;
    }
  expect(outsideDiffers).toBe(0);
  expect(insideDiffers).toBeGreaterThan(square.side * square.side * 0.5);
});

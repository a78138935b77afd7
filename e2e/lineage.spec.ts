import type { Page } from '@playwright/test';
import { expect, openStudio, readArtifacts, test } from './fixtures';
import {
  canvasUi,
  captureGenerations,
  dragStroke,
  isGeneration,
  makePng,
  maskStats,
  openCanvasStudio,
  openMoreTools,
  readMultipart,
  storedDraft,
  uploadExample,
  uploadImage,
  waitForCanvasHooks,
  waitForStage,
  type SentMultipart,
} from './fixtures/canvas';

/** Issue 11 §4 (the mask is a versioned asset) and §5 (lineage: branch from anywhere). */

type Studio = Awaited<ReturnType<typeof openCanvasStudio>>;

function lineageUi(page: Page) {
  const stage = page.getByRole('region', { name: 'Stage', exact: true });
  const history = page.getByRole('region', { name: 'History', exact: true });
  const masks = page.getByRole('region', { name: 'Masks', exact: true });
  const centre = page.getByRole('group', { name: 'Centre view', exact: true });
  return {
    stage,
    history,
    masks,
    tree: history.getByRole('tree'),
    node: (name: string) => history.getByRole('treeitem', { name, exact: true }),
    stageTab: centre.getByRole('button', { name: 'Stage', exact: true }),
    stageButton: (name: string) => stage.getByRole('button', { name, exact: true }),
  };
}

/** Sets the seed, presses Generate and reads the request the studio sends. */
async function generateWithSeed(s: Studio, seed: number): Promise<SentMultipart> {
  await s.seed.fill(String(seed));
  await s.generate.click();
  return readMultipart(await s.sent.next());
}

/** Paints one stroke on the canvas's image (brush), once it is open and framed, and waits for the inpaint mode. */
async function paint(page: Page, a: { x: number; y: number }, b: { x: number; y: number }) {
  const ui = canvasUi(page);
  await expect(ui.mode).toContainText('Image to image');
  await expect(ui.region).toHaveAttribute('aria-busy', 'false');
  await waitForStage(page);
  await ui.brush.click();
  await dragStroke(page, a, b);
  await expect(ui.mode).toContainText('Inpainting');
}

async function clearMask(page: Page) {
  await openMoreTools(page);
  await canvasUi(page).clear.click();
  await expect(canvasUi(page).mode).toContainText('Image to image');
}

test('“Use this mask” puts a result’s exact mask back on the canvas: the next Generate sends it byte for byte', async ({
  page,
}) => {
  const s = await openCanvasStudio(page);
  const ui = canvasUi(page);
  const l = lineageUi(page);
  await uploadExample(page);
  await paint(page, { x: 100, y: 140 }, { x: 400, y: 330 });
  const first = await generateWithSeed(s, 4101);
  if (!first.maskImage) throw new Error('the inpaint sent no mask');
  await expect(s.results).toHaveCount(1);

  // An upload is the root of its tree: "Original image", its inpaint one generation below.
  await expect(l.node('Original image')).toHaveAttribute('aria-level', '1');
  await expect(l.node('Seed 4101, inpaint')).toHaveAttribute('aria-level', '2');

  // The canvas lists the masks of its image's results; the painted mask is gone.
  await clearMask(page);
  await expect(l.masks.getByRole('img', { name: 'Mask of seed 4101', exact: true })).toBeVisible();
  await l.masks.getByRole('button', { name: 'Use this mask', exact: true }).click();
  await expect(ui.mode).toContainText('Inpainting');
  const again = await generateWithSeed(s, 4102);
  expect(again.maskImage?.equals(first.maskImage)).toBe(true);
  await expect(s.results).toHaveCount(2);
  // Both results used one mask: it is listed once, with its newest result.
  await expect(l.masks.getByRole('listitem')).toHaveCount(1);
  await expect(l.masks.getByRole('img', { name: 'Mask of seed 4102', exact: true })).toBeVisible();

  // From the stage: the result shows its mask; "Use this mask" is one undo step on the canvas.
  await clearMask(page);
  await l.stageTab.click();
  await expect(l.stage.getByRole('img', { name: 'Mask of seed 4102', exact: true })).toBeVisible();
  await l.stageButton('Use this mask').click();
  await expect(ui.region).toBeVisible();
  await expect(ui.mode).toContainText('Inpainting');
  const fromStage = await generateWithSeed(s, 4103);
  expect(fromStage.maskImage?.equals(first.maskImage)).toBe(true);
  await page.keyboard.press('Control+z');
  await expect(ui.mode).toContainText('Image to image');

  // From the viewer: the same mask beside the recipe, and "Use this mask" closes the viewer onto the canvas.
  await s.resultImage(4101).dblclick();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await expect(viewer.getByRole('img', { name: 'Mask of seed 4101', exact: true })).toBeVisible();
  await viewer.getByRole('button', { name: 'Use this mask', exact: true }).click();
  await expect(viewer).toBeHidden();
  await expect(ui.mode).toContainText('Inpainting');
  const fromViewer = await generateWithSeed(s, 4104);
  expect(fromViewer.maskImage?.equals(first.maskImage)).toBe(true);
  await clearMask(page);

  // With no image on the canvas, the result's own image opens with the mask.
  await page.getByRole('button', { name: 'Remove image', exact: true }).click();
  await l.stageTab.click();
  await l.stageButton('Use this mask').click();
  await expect(ui.mode).toContainText('Inpainting');
  const reopened = await generateWithSeed(s, 4105);
  expect(reopened.initImage.equals(first.initImage)).toBe(true);
  expect(reopened.maskImage?.equals(first.maskImage)).toBe(true);

  // An image of another size keeps its own (empty) mask, and the canvas says why.
  await uploadImage(page, { name: 'other.png', mimeType: 'image/png', buffer: await makePng(640, 640) });
  await expect.poll(() => maskStats(page)).toMatchObject({ width: 640, height: 640, nonZero: 0 });
  await l.stageTab.click();
  await l.stageButton('Use this mask').click();
  await expect(ui.region.getByRole('alert')).toContainText('512×512');
  await expect(ui.region.getByRole('alert')).toContainText('640×640');
  expect((await maskStats(page)).nonZero).toBe(0);
  await expect(ui.mode).toContainText('Image to image');
});

test('History draws the tree of three generations, shows a node on the stage, branches from any node, and survives a reload', async ({
  page,
}) => {
  const s = await openCanvasStudio(page, 'a lighthouse at dusk');
  const l = lineageUi(page);
  // Generation 1: text to image.
  await s.seed.fill('5101');
  const response = page.waitForResponse((r) => isGeneration(r.request(), 'text-to-image'));
  await s.generate.click();
  await readArtifacts(await response);
  expect((await s.sent.next()).endpoint).toBe('text-to-image');
  await expect(l.stage.getByRole('img', { name: 'Result, seed 5101', exact: true })).toBeVisible();

  // Generation 2: Edit on canvas → inpaint.
  await l.stageButton('Edit on canvas').click();
  await paint(page, { x: 80, y: 80 }, { x: 300, y: 200 });
  await generateWithSeed(s, 5102);
  await expect(s.results).toHaveCount(2);
  // Generation 3: that result, Edit on canvas → inpaint.
  await l.stageTab.click();
  await expect(l.stage.getByRole('img', { name: 'Result, seed 5102', exact: true })).toBeVisible();
  await l.stageButton('Edit on canvas').click();
  await paint(page, { x: 200, y: 300 }, { x: 420, y: 420 });
  await generateWithSeed(s, 5103);
  await expect(s.results).toHaveCount(3);

  const expectThreeGenerations = async (fromFirst: number) => {
    await expect(l.node('Seed 5101, text to image')).toHaveAttribute('aria-level', '1');
    await expect(l.node('Seed 5102, inpaint')).toHaveAttribute('aria-level', '2');
    await expect(l.node('Seed 5103, inpaint')).toHaveAttribute('aria-level', '3');
    // Nested: each generation inside the one it was made from.
    await expect(l.node('Seed 5101, text to image').getByRole('treeitem')).toHaveCount(fromFirst);
    await expect(l.node('Seed 5102, inpaint').getByRole('treeitem')).toHaveCount(1);
  };
  await expectThreeGenerations(2);
  await expect(l.tree.getByRole('treeitem')).toHaveCount(3);

  // A click shows a node on the stage; the stage's "Derived from" leads to its parent.
  // On its own row (its box also holds its children's rows).
  await l.node('Seed 5102, inpaint').click({ position: { x: 60, y: 12 } });
  await expect(l.stage.getByRole('img', { name: 'Result, seed 5102', exact: true })).toBeVisible();
  await expect(l.node('Seed 5102, inpaint')).toHaveAttribute('aria-selected', 'true');
  await l.stage.getByRole('button', { name: 'Derived from seed 5101', exact: true }).click();
  await expect(l.stage.getByRole('img', { name: 'Result, seed 5101', exact: true })).toBeVisible();

  // The viewer's "Derived from" leads to the parent too, on the stage.
  await s.resultImage(5103).dblclick();
  const viewer = page.getByRole('dialog', { name: 'Result', exact: true });
  await viewer.getByRole('button', { name: 'Derived from seed 5102', exact: true }).click();
  await expect(viewer).toBeHidden();
  await expect(l.stage.getByRole('img', { name: 'Result, seed 5102', exact: true })).toBeVisible();

  // Keyboard: ↓ moves focus down the tree, Enter shows that node.
  await l.node('Seed 5101, text to image').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(l.node('Seed 5103, inpaint')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(l.stage.getByRole('img', { name: 'Result, seed 5103', exact: true })).toBeVisible();

  // Branch from the first generation: "Edit on canvas" of that node, then a variation.
  await page.keyboard.press('Home');
  await expect(l.node('Seed 5101, text to image')).toBeFocused();
  await l.history.getByRole('button', { name: 'Edit on canvas', exact: true }).click();
  await expect(canvasUi(page).region).toBeVisible();
  await expect(canvasUi(page).mode).toContainText('Image to image');
  const branch = await generateWithSeed(s, 5104);
  expect(branch.initImage.length).toBeGreaterThan(0);
  await expect(s.results).toHaveCount(4);
  await expect(l.node('Seed 5104, image to image')).toHaveAttribute('aria-level', '2');
  await expectThreeGenerations(3);

  // Built from what the gallery stores: the same tree after a reload.
  await page.reload();
  await expect(s.prompt(1)).toBeVisible();
  await expectThreeGenerations(3);
  await expect(l.node('Seed 5104, image to image')).toHaveAttribute('aria-level', '2');
  await expect(l.tree.getByRole('treeitem')).toHaveCount(4);
});

test('Re-run of an interrupted inpaint sends the mask it was made with, byte for byte, whatever the canvas holds now', async ({
  page,
  slowStudioURL,
}) => {
  const sent = await captureGenerations(page);
  const s = await openStudio(page, `${slowStudioURL}/?testhooks`);
  await s.prompt(1).fill('a slow harbour wall');
  await waitForCanvasHooks(page);
  const ui = canvasUi(page);
  await uploadExample(page);
  await paint(page, { x: 60, y: 300 }, { x: 460, y: 200 });
  await s.seed.fill('6101');
  await s.generate.click();
  const first = await readMultipart(await sent.next());
  if (!first.maskImage) throw new Error('the inpaint sent no mask');
  // The canvas draft is saved shortly after the last change; reload once it is.
  await expect.poll(async () => (await storedDraft(page)).keys).toContain('maskImage');
  await page.reload();

  // The canvas comes back from its draft; its mask is cleared, so only the stored one can be sent.
  await expect(ui.mode).toContainText('Inpainting');
  await clearMask(page);
  const interrupted = page.getByRole('group', { name: 'Interrupted runs' });
  await interrupted.getByRole('button', { name: 'Re-run', exact: true }).click();
  const again = await readMultipart(await sent.next());
  expect(again.maskImage?.equals(first.maskImage)).toBe(true);
  expect(again.initImage.equals(first.initImage)).toBe(true);
});

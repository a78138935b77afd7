import { describe, expect, it } from 'vitest';
import { imagePoint, screenPoint, type ImagePoint } from '../geometry/coords';
import { MaskDocument } from '../raster/MaskDocument';
import { tools } from './tools';
import { IDLE, type ToolEnv, type ToolPointerEvent, type ToolState } from './toolTypes';

function makeEnv(doc: MaskDocument, size = 4) {
  const log = { pans: [] as Array<[number, number]>, preview: null as readonly ImagePoint[] | null };
  const env: ToolEnv = {
    brushSettings: () => ({ size, hardness: 1 }),
    beginStroke: (first, opts, from) => doc.beginStroke(first, opts, from),
    strokeTo: (s) => doc.strokeTo(s),
    endStroke: () => doc.endStroke(),
    cancelStroke: () => doc.cancelStroke(),
    lastPoint: () => doc.lastPoint,
    fillLasso: (p, sub) => doc.fillLasso(p, sub),
    setLassoPreview: (p) => {
      log.preview = p ? [...p] : null;
    },
    panBy: (dx, dy) => log.pans.push([dx, dy]),
  };
  return { env, log };
}

const ev = (x: number, y: number, extra: Partial<ToolPointerEvent> = {}): ToolPointerEvent => ({
  screen: screenPoint(x * 2, y * 2),
  image: imagePoint(x, y),
  pressure: 1,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('brush and eraser machines', () => {
  it('brush: idle → painting → idle paints the path as one undo step, using every sample', () => {
    const doc = new MaskDocument(40, 20);
    const { env } = makeEnv(doc);
    let s: ToolState = tools.brush.onPointerDown(IDLE, ev(5, 10), env);
    expect(s.kind).toBe('painting');
    s = tools.brush.onPointerMove(s, [ev(10, 10), ev(15, 10), ev(20, 10)], env);
    s = tools.brush.onPointerUp(s, ev(30, 10), env);
    expect(s).toEqual(IDLE);
    for (let x = 5; x < 30; x++) expect(doc.raster.get(x, 10)).toBe(255);
    expect(doc.raster.get(35, 10)).toBe(0);
    expect(doc.samplesConsumed).toBe(5);
    expect(doc.history.undoDepth).toBe(1);
  });

  it('moves while idle do nothing', () => {
    const doc = new MaskDocument(10, 10);
    const { env } = makeEnv(doc);
    expect(tools.brush.onPointerMove(IDLE, [ev(5, 5)], env)).toEqual(IDLE);
    expect(doc.raster.isEmpty()).toBe(true);
  });

  it('eraser clears where it passes', () => {
    const doc = new MaskDocument(20, 20);
    doc.fillAll(255);
    const { env } = makeEnv(doc);
    const s = tools.eraser.onPointerDown(IDLE, ev(10, 10), env);
    tools.eraser.onPointerUp(s, ev(10, 10), env);
    expect(doc.raster.get(10, 10)).toBe(0);
    expect(doc.raster.get(0, 0)).toBe(255);
  });

  it('Shift+click draws a straight line from the end of the last stroke', () => {
    const doc = new MaskDocument(50, 20);
    const { env } = makeEnv(doc, 2);
    let s = tools.brush.onPointerDown(IDLE, ev(5, 10), env);
    s = tools.brush.onPointerUp(s, ev(5, 10), env);
    expect(doc.raster.get(25, 10)).toBe(0);
    s = tools.brush.onPointerDown(s, ev(45, 10, { shiftKey: true }), env);
    tools.brush.onPointerUp(s, ev(45, 10, { shiftKey: true }), env);
    for (let x = 5; x < 45; x++) expect(doc.raster.get(x, 10)).toBe(255);
    expect(doc.raster.get(25, 13)).toBe(0);
    expect(doc.history.undoDepth).toBe(2);
  });

  it('cancel abandons the stroke and restores the pixels', () => {
    const doc = new MaskDocument(20, 20);
    const { env } = makeEnv(doc);
    let s = tools.brush.onPointerDown(IDLE, ev(5, 5), env);
    s = tools.brush.onPointerMove(s, [ev(15, 15)], env);
    expect(doc.raster.isEmpty()).toBe(false);
    s = tools.brush.onPointerCancel(s, env);
    expect(s).toEqual(IDLE);
    expect(doc.raster.isEmpty()).toBe(true);
    expect(doc.history.undoDepth).toBe(0);
  });
});

describe('lasso machine', () => {
  it('collects the outline with a live preview and fills it on release', () => {
    const doc = new MaskDocument(10, 10);
    const { env, log } = makeEnv(doc);
    let s = tools.lasso.onPointerDown(IDLE, ev(2, 2), env);
    s = tools.lasso.onPointerMove(s, [ev(8, 2), ev(8, 8)], env);
    expect(log.preview).toHaveLength(3);
    s = tools.lasso.onPointerUp(s, ev(2, 8), env);
    expect(s).toEqual(IDLE);
    expect(log.preview).toBeNull();
    expect(doc.raster.nonZeroCount).toBe(36);
    expect(doc.raster.get(2, 2)).toBe(255);
    expect(doc.raster.get(8, 8)).toBe(0);
  });

  it('Alt at press subtracts', () => {
    const doc = new MaskDocument(10, 10);
    doc.fillAll(255);
    const { env } = makeEnv(doc);
    let s = tools.lasso.onPointerDown(IDLE, ev(2, 2, { altKey: true }), env);
    s = tools.lasso.onPointerMove(s, [ev(8, 2), ev(8, 8)], env);
    tools.lasso.onPointerUp(s, ev(2, 8), env);
    expect(doc.raster.nonZeroCount).toBe(100 - 36);
  });
});

describe('hand machine', () => {
  it('pans by screen deltas and never touches the mask', () => {
    const doc = new MaskDocument(10, 10);
    const { env, log } = makeEnv(doc);
    let s = tools.hand.onPointerDown(IDLE, ev(1, 1), env);
    s = tools.hand.onPointerMove(s, [ev(2, 1), ev(4, 3)], env);
    s = tools.hand.onPointerMove(s, [ev(5, 3)], env);
    s = tools.hand.onPointerUp(s, ev(5, 3), env);
    expect(log.pans).toEqual([
      [6, 4],
      [2, 0],
    ]);
    expect(s).toEqual(IDLE);
    expect(doc.raster.isEmpty()).toBe(true);
  });
});

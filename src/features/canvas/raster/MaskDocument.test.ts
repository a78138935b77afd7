import { describe, expect, it } from 'vitest';
import { imagePoint } from '../geometry/coords';
import { MaskDocument } from './MaskDocument';
import { MaskHistory } from './MaskHistory';

const sample = (x: number, y: number, pressure = 1) => ({ point: imagePoint(x, y), pressure });

/** Byte equality for megapixel masks (toEqual walks them element by element, far too slowly). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

function drawStroke(doc: MaskDocument, seed: number, erase = false): void {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  doc.beginStroke(sample(rnd() * 64, rnd() * 64), { size: 2 + rnd() * 12, hardness: rnd(), erase });
  for (let i = 0; i < 5; i++) doc.strokeTo([sample(rnd() * 64, rnd() * 64, 0.2 + rnd() * 0.8)]);
  doc.endStroke();
}

describe('MaskDocument undo/redo', () => {
  it('restores every state exactly across 150 mixed steps, back and forth', () => {
    const doc = new MaskDocument(64, 64);
    const states: Uint8Array[] = [Uint8Array.from(doc.raster.data)];
    for (let i = 0; i < 150; i++) {
      const depth = doc.history.undoDepth;
      const before = Uint8Array.from(doc.raster.data);
      if (i % 37 === 5) doc.invert();
      else if (i % 41 === 7) doc.fillAll(0);
      else if (i % 53 === 11) doc.fillAll(255);
      else if (i % 29 === 3)
        doc.fillLasso([imagePoint(3, 3), imagePoint(40, 8), imagePoint(20, 50)], i % 2 === 0);
      else drawStroke(doc, i + 1, i % 5 === 0);
      // An action that changed nothing (an eraser on empty mask) records no step.
      if (doc.history.undoDepth === depth) expect(same(doc.raster.data, before)).toBe(true);
      else states.push(Uint8Array.from(doc.raster.data));
    }
    const steps = states.length - 1;
    expect(steps).toBeGreaterThan(120);
    expect(doc.history.undoDepth).toBe(steps);
    for (let i = steps - 1; i >= 0; i--) {
      doc.undo();
      expect(same(doc.raster.data, states[i] as Uint8Array)).toBe(true);
      expect(doc.raster.nonZeroCount).toBe(doc.raster.recount());
    }
    for (let i = 1; i <= steps; i++) {
      doc.redo();
      expect(same(doc.raster.data, states[i] as Uint8Array)).toBe(true);
      expect(doc.raster.nonZeroCount).toBe(doc.raster.recount());
    }
  });

  it('deferred commits give the same history as immediate ones', () => {
    const a = new MaskDocument(64, 64);
    const b = new MaskDocument(64, 64);
    for (let i = 0; i < 20; i++) {
      for (const [doc, defer] of [
        [a, false],
        [b, true],
      ] as const) {
        doc.beginStroke(sample(i * 3, 10), { size: 6, hardness: 0.5, erase: i % 4 === 3 });
        doc.strokeTo([sample(i * 3, 50)]);
        doc.endStroke({ defer });
        if (i % 5 === 4) doc.invert();
      }
    }
    b.flushPending();
    expect(b.history.undoDepth).toBe(a.history.undoDepth);
    for (let i = 0; i < 24; i++) {
      a.undo();
      b.undo();
      expect(b.raster.data).toEqual(a.raster.data);
    }
  });

  it('a deferred capture done in slices records the same step as one done at once, and a new stroke finishes it first', () => {
    const a = new MaskDocument(1024, 768);
    const b = new MaskDocument(1024, 768);
    for (const doc of [a, b]) {
      // A long zigzag: far more than one slice (16 tiles) of 64² tiles.
      doc.beginStroke(sample(10, 10), { size: 40, hardness: 0.5, erase: false });
      for (let i = 1; i <= 40; i++) doc.strokeTo([sample((i % 2) * 1000 + 10, i * 18)]);
      doc.endStroke({ defer: true });
    }
    a.flushPending();
    let slices = 1;
    // A zero budget stops after every 16 tiles.
    while (!b.flushPending(0)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(b.history.storedBytes).toBe(a.history.storedBytes);

    // Half-captured, then a new stroke: the capture completes before it paints, so undo is exact.
    const afterFirst = Uint8Array.from(b.raster.data);
    b.undo();
    const blank = Uint8Array.from(b.raster.data);
    b.redo();
    b.beginStroke(sample(500, 300), { size: 30, hardness: 1, erase: true });
    b.strokeTo([sample(900, 700)]);
    b.endStroke({ defer: true });
    expect(b.flushPending(0)).toBe(false);
    b.beginStroke(sample(100, 700), { size: 30, hardness: 1, erase: false });
    b.endStroke();
    b.undo();
    b.undo();
    expect(same(b.raster.data, afterFirst)).toBe(true);
    b.undo();
    expect(same(b.raster.data, blank)).toBe(true);
    expect(b.raster.nonZeroCount).toBe(0);
  });

  it('undoes a Shift+click line exactly, including the dab at its start', () => {
    const doc = new MaskDocument(64, 32);
    doc.beginStroke(sample(20, 16), { size: 2, hardness: 1, erase: false });
    doc.endStroke();
    const before = Uint8Array.from(doc.raster.data);
    // A bigger brush now: its first dab at (20, 16) reaches behind the line's direction of travel.
    doc.beginStroke(sample(50, 16), { size: 20, hardness: 1, erase: false }, doc.lastPoint);
    doc.endStroke();
    expect(doc.raster.get(11, 16)).toBe(255);
    doc.undo();
    expect(doc.raster.data).toEqual(before);
    doc.redo();
    expect(doc.raster.get(11, 16)).toBe(255);
  });

  it('stores only what a stroke changed, not even its whole rectangle', () => {
    const doc = new MaskDocument(1000, 1000);
    doc.beginStroke(sample(100, 100), { size: 10, hardness: 1, erase: false });
    doc.strokeTo([sample(120, 100)]);
    doc.endStroke();
    expect(doc.history.storedBytes).toBeLessThan(40 * 20);
    expect(doc.history.storedBytes).toBeGreaterThan(0);
  });

  it('keeps a long diagonal stroke on a 6000×4000 mask to about its path, far under its bounding box', () => {
    const doc = new MaskDocument(6000, 4000);
    doc.beginStroke(sample(100, 100), { size: 60, hardness: 0.5, erase: false });
    for (let i = 1; i <= 100; i++) doc.strokeTo([sample(100 + i * 38, 100 + i * 38)]);
    doc.endStroke();
    // The bounding box is ~3860² px (30 MB as before/after bytes); the band painted is ~60 px wide.
    expect(doc.history.storedBytes).toBeLessThan(3860 * 60 * 2);
    doc.undo();
    expect(doc.raster.isEmpty()).toBe(true);
  });

  it('keeps Fill, Clear and a loaded mask of a 6000×4000 mask in kilobytes, and undoes them exactly', () => {
    const doc = new MaskDocument(6000, 4000);
    drawStroke(doc, 3);
    const painted = Uint8Array.from(doc.raster.data);
    doc.fillAll(255);
    doc.fillAll(0);
    const loaded = new Uint8Array(6000 * 4000);
    loaded.fill(255, 6000 * 1000, 6000 * 3000);
    doc.replaceAll(loaded);
    expect(doc.history.undoDepth).toBe(4);
    expect(doc.history.storedBytes).toBeLessThan(64 * 1024);
    doc.undo();
    expect(doc.raster.isEmpty()).toBe(true);
    doc.undo();
    expect(doc.raster.nonZeroCount).toBe(6000 * 4000);
    doc.undo();
    expect(same(doc.raster.data, painted)).toBe(true);
    doc.redo();
    doc.redo();
    doc.redo();
    expect(same(doc.raster.data, loaded)).toBe(true);
    expect(doc.raster.nonZeroCount).toBe(doc.raster.recount());
  });

  it('drops the oldest steps beyond the memory cap and still undoes the rest exactly', () => {
    const probe = new MaskDocument(64, 64);
    probe.fillAll(255);
    const perFill = probe.history.storedBytes;
    const doc = new MaskDocument(64, 64, new MaskHistory(3 * perFill));
    const states = [Uint8Array.from(doc.raster.data)];
    for (let i = 0; i < 6; i++) {
      doc.fillAll(i % 2 === 0 ? 255 : 0);
      states.push(Uint8Array.from(doc.raster.data));
    }
    expect(doc.history.undoDepth).toBe(3);
    expect(doc.history.storedBytes).toBeLessThanOrEqual(3 * perFill);
    doc.undo();
    doc.undo();
    doc.undo();
    expect(doc.raster.data).toEqual(states[3]);
    doc.undo();
    expect(doc.raster.data).toEqual(states[3]);
  });

  it('a new step clears the redo stack; cancel restores the stroke’s pixels', () => {
    const doc = new MaskDocument(32, 32);
    drawStroke(doc, 7);
    doc.undo();
    drawStroke(doc, 9);
    expect(doc.history.canRedo).toBe(false);
    const before = Uint8Array.from(doc.raster.data);
    doc.beginStroke(sample(5, 5), { size: 8, hardness: 1, erase: false });
    doc.strokeTo([sample(25, 25)]);
    doc.cancelStroke();
    expect(doc.raster.data).toEqual(before);
    expect(doc.raster.nonZeroCount).toBe(doc.raster.recount());
  });

  it('encode/decode carries a mask to a fresh document exactly, without recording a step', () => {
    const doc = new MaskDocument(300, 200);
    for (let i = 0; i < 12; i++) drawStroke(doc, i + 3, i % 4 === 3);
    const code = doc.encode();
    if (!code) throw new Error('mask empty');
    expect(code.byteLength).toBeLessThan(300 * 200);
    const copy = new MaskDocument(300, 200);
    copy.decode(code);
    expect(copy.raster.data).toEqual(doc.raster.data);
    expect(copy.raster.nonZeroCount).toBe(doc.raster.nonZeroCount);
    expect(copy.history.undoDepth).toBe(0);
    // The shadow follows: the next stroke's undo goes back to the decoded mask, not to empty.
    drawStroke(copy, 99);
    copy.undo();
    expect(copy.raster.data).toEqual(doc.raster.data);
    expect(new MaskDocument(10, 10).encode()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { v1Info } from '../api/backends/v1/info';
import { maskBounds } from './maskBounds';
import { PasteBackSession, MAX_FEATHER } from './PasteBackSession';
import { planMaskedRegion } from './planMaskedRegion';
import { sendRuleForBackend } from './sendRuleForBackend';
import { resample } from './resample';
import { discs, nearEdge, noisePicture, pixelAt, seededRandom } from './testSupport';
import type { GreyImage } from './types';

describe('PasteBackSession — the 6000×4000 reference', () => {
  const original = noisePicture(6000, 4000, 1);
  const mask: GreyImage = { width: 6000, height: 4000, data: new Uint8Array(24_000_000) };
  for (let y = 1900; y < 2100; y++) mask.data.fill(255, y * 6000 + 2900, y * 6000 + 3100);
  const plan = planMaskedRegion({
    imageSize: original,
    maskBounds: maskBounds(mask)!,
    margin: 64,
    size: sendRuleForBackend(v1Info, 'stable-diffusion-xl-1024-v1-0')!,
  });
  const answer = noisePicture(plan.sendSize.width, plan.sendSize.height, 2);
  const session = new PasteBackSession({ original, mask, region: plan.region, answer });

  it('feather 0: the original outside the mask byte for byte, the answer inside', () => {
    const kept = session.composite(0);
    expect(kept.width).toBe(6000);
    expect(kept.height).toBe(4000);
    let differing = 0;
    let outsideMask = 0;
    for (let i = 0; i < 96_000_000; i++) {
      if (kept.data[i] === original.data[i]) continue;
      differing++;
      if (mask.data[i >> 2] !== 255) outsideMask++;
    }
    expect(outsideMask).toBe(0);
    expect(differing).toBeGreaterThan(200 * 200 * 3);
    // Region sent at scale 1: the answer's own pixels come back.
    expect(pixelAt(kept, 2950, 1950)).toEqual(pixelAt(answer, 2950 - plan.region.x, 1950 - plan.region.y));
  });

  it('feather 16 changes only pixels within 16 px of the mask edge, and does change them', () => {
    const hard = session.composite(0);
    const soft = session.composite(16);
    const dist = (x: number, y: number) => {
      const dx = Math.max(2900 - x, 0, x - 3099);
      const dy = Math.max(1900 - y, 0, y - 2099);
      const outside = Math.hypot(dx, dy);
      const inside = Math.min(x - 2899, 3100 - x, y - 1899, 2100 - y);
      return outside > 0 ? outside - 0.5 : inside - 0.5;
    };
    let changed = 0;
    let farthest = 0;
    for (let y = 0; y < 4000; y++) {
      for (let x = 0; x < 6000; x++) {
        const i = (y * 6000 + x) * 4;
        if (
          soft.data[i] === hard.data[i] &&
          soft.data[i + 1] === hard.data[i + 1] &&
          soft.data[i + 2] === hard.data[i + 2] &&
          soft.data[i + 3] === hard.data[i + 3]
        )
          continue;
        changed++;
        farthest = Math.max(farthest, dist(x, y));
      }
    }
    expect(farthest).toBeLessThanOrEqual(16);
    expect(changed).toBeGreaterThan(4 * 200 * 10);
  });

  it('an answer enlarged 2.4× to its region: outside the mask grown by the feather, the original exactly', () => {
    const box = { x: 500, y: 500, width: 3000, height: 1500 };
    const wide: GreyImage = { width: 6000, height: 4000, data: new Uint8Array(24_000_000) };
    for (let y = box.y; y < box.y + box.height; y++)
      wide.data.fill(255, y * 6000 + box.x, y * 6000 + box.x + box.width);
    const widePlan = planMaskedRegion({
      imageSize: original,
      maskBounds: maskBounds(wide)!,
      margin: 64,
      size: sendRuleForBackend(v1Info, 'stable-diffusion-xl-1024-v1-0')!,
    });
    expect(widePlan.scale.x).toBeLessThan(0.5);
    const s = new PasteBackSession({
      original,
      mask: wide,
      region: widePlan.region,
      answer: noisePicture(widePlan.sendSize.width, widePlan.sendSize.height, 3),
    });
    for (const feather of [0, 16]) {
      const kept = s.composite(feather);
      // Distance from each changed pixel to the nearest mask pixel (0 inside the mask).
      let farthest = 0;
      let changed = 0;
      for (let y = 0; y < 4000; y++) {
        const dy = Math.max(box.y - y, 0, y - (box.y + box.height - 1));
        for (let x = 0; x < 6000; x++) {
          const i = (y * 6000 + x) * 4;
          const d = kept.data;
          const o = original.data;
          if (d[i] === o[i] && d[i + 1] === o[i + 1] && d[i + 2] === o[i + 2] && d[i + 3] === o[i + 3])
            continue;
          changed++;
          farthest = Math.max(farthest, Math.hypot(Math.max(box.x - x, 0, x - (box.x + box.width - 1)), dy));
        }
      }
      expect(farthest, `feather ${feather}`).toBeLessThanOrEqual(feather);
      expect(changed).toBeGreaterThan(box.width * box.height * 0.9);
    }
  });

  it('the patch covers just the mask box grown by the feather', () => {
    expect(session.patch(0).rect).toEqual({ x: 2900, y: 1900, width: 200, height: 200 });
    expect(session.patch(16).rect).toEqual({ x: 2884, y: 1884, width: 232, height: 232 });
    expect(session.patch(10_000).rect.width).toBe(200 + 2 * MAX_FEATHER);
  });
});

describe('PasteBackSession — properties', () => {
  it('random pictures, regions, answer sizes, hard and grey masks: original exact wherever the weights are 0', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 30; i++) {
      const width = random.int(40, 160);
      const height = random.int(40, 160);
      const region = { x: random.int(0, width - 30), y: random.int(0, height - 30), width: 0, height: 0 };
      region.width = random.int(30, width - region.x);
      region.height = random.int(30, height - region.y);
      const original = noisePicture(width, height, 10 + i);
      const mask = discs(width, height, region, 20 + i, i % 2 === 1);
      const answer = noisePicture(random.int(16, 300), random.int(16, 300), 30 + i);
      const session = new PasteBackSession({ original, mask, region, answer });
      const feather = random.int(0, 12);
      const hard = session.composite(0);
      const soft = session.composite(feather);
      // The answer at the region's size, to check the masked pixels too.
      const scaled = resample(answer, 4, region);
      const problems: string[] = [];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const m = mask.data[y * width + x]!;
          const o = pixelAt(original, x, y);
          let want = o;
          if (m > 0) {
            const r = pixelAt(scaled, x - region.x, y - region.y);
            want = o.map((v, c) => Math.round((v * (255 - m) + r[c]! * m) / 255));
          }
          if (pixelAt(hard, x, y).join() !== want.join()) problems.push(`feather 0 at ${x}, ${y}`);
          const same = pixelAt(soft, x, y).join() === pixelAt(hard, x, y).join();
          if (!same && !nearEdge(mask, x, y, feather)) problems.push(`feather ${feather} at ${x}, ${y}`);
        }
      }
      expect(problems).toEqual([]);
    }
  });

  it('mask outside the region is not pasted', () => {
    const original = noisePicture(64, 64, 1);
    const mask: GreyImage = { width: 64, height: 64, data: new Uint8Array(64 * 64).fill(255) };
    const session = new PasteBackSession({
      original,
      mask,
      region: { x: 16, y: 16, width: 32, height: 32 },
      answer: noisePicture(32, 32, 2),
    });
    const kept = session.composite(4);
    expect(pixelAt(kept, 10, 10)).toEqual(pixelAt(original, 10, 10));
    expect(pixelAt(kept, 20, 20)).not.toEqual(pixelAt(original, 20, 20));
  });

  it('refuses a mask of another size and a region outside the picture, naming them', () => {
    const original = noisePicture(20, 10, 1);
    const answer = noisePicture(8, 8, 1);
    const mask = { width: 20, height: 10, data: new Uint8Array(200) };
    expect(
      () =>
        new PasteBackSession({
          original,
          mask: { ...mask, width: 10, height: 20 },
          region: { x: 0, y: 0, width: 8, height: 8 },
          answer,
        }),
    ).toThrow(/mask is 10×20, the picture 20×10/);
    expect(
      () => new PasteBackSession({ original, mask, region: { x: 15, y: 0, width: 8, height: 8 }, answer }),
    ).toThrow(/region 8×8 at \(15, 0\) is not inside/);
  });
});

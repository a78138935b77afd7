import { describe, expect, it } from 'vitest';
import { V2BETA_IMAGE_RULES, checkImageSize, type ImageRule } from '../api/backends/v2beta/imageRules';
import { imageToImageSize } from '../api/backends/v2beta/outputSize';
import { V2BETA_ASPECT_RATIOS } from '../api/backends/v2beta/vocabulary';
import { v1Info } from '../api/backends/v1/info';
import { v1alphaInfo } from '../api/backends/v1alpha/info';
import {
  planMaskedRegion,
  V2BETA_INPAINT_SEND,
  type MaskedRegionPlan,
  type SendSizeRule,
} from './planMaskedRegion';
import { sendRuleForBackend } from './sendRuleForBackend';
import { seededRandom } from './testSupport';
import { containsRect, growRect, intersectRect, type Rect, type Size } from './types';

const SDXL = sendRuleForBackend(v1Info, 'stable-diffusion-xl-1024-v1-0')!;
const AREA_512 = sendRuleForBackend(v1alphaInfo, 'stable-diffusion-v1-5')!;
const SIDES = sendRuleForBackend(v1Info, 'stable-diffusion-v1-6')!;
const ULTRA_INPUT = V2BETA_IMAGE_RULES['generate/ultra'].image as ImageRule;
/** v2beta image-to-image: one output per aspect ratio (the 1 MP ladder). */
const LADDER: SendSizeRule = {
  kind: 'aspects',
  outputs: V2BETA_ASPECT_RATIOS.map((r) => {
    const [w, h] = r.split(':').map(Number) as [number, number];
    return imageToImageSize({ width: w * 1000, height: h * 1000 });
  }),
  input: ULTRA_INPUT,
};

const photo = { width: 6000, height: 4000 };
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

/** The properties every plan must have, whatever the rule. */
function expectValid(plan: MaskedRegionPlan, image: Size, mask: Rect, margin: number, rule: SendSizeRule) {
  const { region, sendSize } = plan;
  for (const v of [region.x, region.y, region.width, region.height, sendSize.width, sendSize.height]) {
    expect(Number.isInteger(v)).toBe(true);
  }
  expect(containsRect({ x: 0, y: 0, ...image }, region)).toBe(true);
  expect(containsRect(region, mask)).toBe(true);
  const want = intersectRect(growRect(mask, margin), { x: 0, y: 0, ...image });
  expect(plan.coversMargin).toBe(containsRect(region, want));
  expect(plan.scale.x).toBeCloseTo(sendSize.width / region.width, 12);
  expect(plan.scale.y).toBeCloseTo(sendSize.height / region.height, 12);
  if (rule.kind === 'sizes') {
    expect(rule.sizes.some(([w, h]) => w === sendSize.width && h === sendSize.height)).toBe(true);
    expect(plan.answerSize).toEqual(sendSize);
  } else {
    expect(checkImageSize('image', sendSize, rule.input)).toEqual([]);
    if (rule.kind === 'aspects') expect(rule.outputs).toContainEqual(plan.answerSize);
    else expect(plan.answerSize).toEqual(sendSize);
  }
  return want;
}

describe('planMaskedRegion — the reference photo', () => {
  const mask = rect(2900, 1900, 200, 200);

  it('SDXL: a 1024² region around a 200² mask with a 64 px margin, sent at full resolution', () => {
    const plan = planMaskedRegion({ imageSize: photo, maskBounds: mask, margin: 64, size: SDXL });
    expect(plan.region).toEqual(rect(2488, 1488, 1024, 1024));
    expect(plan.sendSize).toEqual({ width: 1024, height: 1024 });
    expect(plan.scale).toEqual({ x: 1, y: 1 });
    expect(plan.coversMargin).toBe(true);
  });

  it('512-class engines: the valid size of the nearest aspect holding the margin box (512²)', () => {
    const plan = planMaskedRegion({ imageSize: photo, maskBounds: mask, margin: 64, size: AREA_512 });
    expect(plan.region).toEqual(rect(2744, 1744, 512, 512));
    expect(plan.scale).toEqual({ x: 1, y: 1 });
  });

  it('512-class engines: a 330×300 box gets 576×512 (aspect near, area small), not the exact-aspect 704×640', () => {
    const box = rect(1000, 1000, 330 - 128, 300 - 128);
    const plan = planMaskedRegion({ imageSize: photo, maskBounds: box, margin: 64, size: AREA_512 });
    expect(plan.sendSize).toEqual({ width: 576, height: 512 });
  });

  it('v2beta inpaint: exactly the margin box, any size', () => {
    const plan = planMaskedRegion({
      imageSize: photo,
      maskBounds: mask,
      margin: 64,
      size: V2BETA_INPAINT_SEND,
    });
    expect(plan.region).toEqual(rect(2836, 1836, 328, 328));
    expect(plan.sendSize).toEqual({ width: 328, height: 328 });
  });

  it('a mask larger than the model allows: the region keeps a valid aspect and is shrunk to send', () => {
    const big = rect(500, 500, 3000, 1500);
    const plan = planMaskedRegion({ imageSize: photo, maskBounds: big, margin: 100, size: SDXL });
    expectValid(plan, photo, big, 100, SDXL);
    expect(plan.coversMargin).toBe(true);
    // 3200×1700 → 1344×768 is the least shrinking of the list (÷2.38; 1216×832 would be ÷2.63).
    expect(plan.region).toEqual(rect(400, 336, 3200, 1829));
    expect(plan.sendSize).toEqual({ width: 1344, height: 768 });
    expect(plan.scale.x).toBeCloseTo(1344 / 3200, 3);
    expect(plan.scale.y).toBeCloseTo(768 / 1829, 3);
  });

  it('v2beta inpaint: a region over 9,437,184 px is shrunk to fit, aspect kept', () => {
    const big = rect(0, 0, 6000, 4000);
    const plan = planMaskedRegion({
      imageSize: photo,
      maskBounds: big,
      margin: 0,
      size: V2BETA_INPAINT_SEND,
    });
    expect(plan.region).toEqual(rect(0, 0, 6000, 4000));
    expect(plan.sendSize.width * plan.sendSize.height).toBeLessThanOrEqual(9_437_184);
    expect(plan.sendSize).toEqual({ width: 3762, height: 2508 });
  });
});

describe('planMaskedRegion — edges of the picture', () => {
  it('a mask in the corner: the region is pushed inside the picture and loses the margin beyond it', () => {
    const mask = rect(0, 0, 100, 100);
    const plan = planMaskedRegion({ imageSize: photo, maskBounds: mask, margin: 64, size: SDXL });
    expect(plan.region).toEqual(rect(0, 0, 1024, 1024));
    expect(plan.coversMargin).toBe(true);
  });

  it('a region smaller than the margin box still holds the whole mask (margin given up on its far side)', () => {
    const image = { width: 3000, height: 700 };
    const mask = rect(0, 300, 1500, 100);
    const plan = planMaskedRegion({ imageSize: image, maskBounds: mask, margin: 400, size: SDXL });
    // The widest list aspect (12:5) at the picture's full height, pushed left over the mask.
    expect(plan.region).toEqual(rect(0, 0, 1680, 700));
    expect(plan.sendSize).toEqual({ width: 1536, height: 640 });
    expect(plan.coversMargin).toBe(false);
    const mirrored = planMaskedRegion({
      imageSize: image,
      maskBounds: rect(1500, 300, 1500, 100),
      margin: 400,
      size: SDXL,
    });
    expect(mirrored.region).toEqual(rect(1320, 0, 1680, 700));
  });

  it('a picture smaller than the smallest valid size is enlarged to send', () => {
    const image = { width: 300, height: 200 };
    const mask = rect(100, 50, 50, 50);
    const plan = planMaskedRegion({ imageSize: image, maskBounds: mask, margin: 16, size: AREA_512 });
    expectValid(plan, image, mask, 16, AREA_512);
    expect(plan.scale.x).toBeGreaterThan(1);
    expect(plan.scale.y).toBeGreaterThan(1);
  });

  it('a strip masked end to end that no listed aspect fits: the margin box, stretched', () => {
    const image = { width: 8000, height: 130 };
    const mask = rect(500, 10, 7000, 100);
    const plan = planMaskedRegion({ imageSize: image, maskBounds: mask, margin: 8, size: SDXL });
    expectValid(plan, image, mask, 8, SDXL);
    expect(plan.region).toEqual(rect(492, 2, 7016, 116));
    expect(plan.sendSize).toEqual({ width: 1536, height: 640 });
  });

  it('refuses an empty or outside mask box with a message naming it', () => {
    expect(() =>
      planMaskedRegion({ imageSize: photo, maskBounds: rect(10, 10, 0, 5), margin: 0, size: SDXL }),
    ).toThrow(/mask box 0×5 at \(10, 10\)/);
    expect(() =>
      planMaskedRegion({ imageSize: photo, maskBounds: rect(5990, 0, 20, 5), margin: 0, size: SDXL }),
    ).toThrow(/outside the 6000×4000 picture/);
  });
});

describe('planMaskedRegion — properties over random pictures up to 8192²', () => {
  const rules: Array<[string, SendSizeRule]> = [
    ['SDXL list', SDXL],
    ['512 area rule', AREA_512],
    ['v1.6 sides rule', SIDES],
    ['v2beta inpaint', V2BETA_INPAINT_SEND],
    ['v2beta aspects', LADDER],
  ];
  for (const [name, rule] of rules) {
    it(`${name}: inside the picture, holds the mask (+ margin where a valid shape fits), valid to send`, () => {
      const random = seededRandom(name.length * 7919);
      for (let i = 0; i < 300; i++) {
        const image = { width: random.int(16, 8192), height: random.int(16, 8192) };
        const w = random.int(1, Math.min(image.width, random.next() < 0.7 ? 600 : 8192));
        const h = random.int(1, Math.min(image.height, random.next() < 0.7 ? 600 : 8192));
        const mask = rect(random.int(0, image.width - w), random.int(0, image.height - h), w, h);
        const margin = random.int(0, 512);
        const plan = planMaskedRegion({ imageSize: image, maskBounds: mask, margin, size: rule });
        const want = expectValid(plan, image, mask, margin, rule);
        const targets =
          rule.kind === 'sizes'
            ? rule.sizes.map(([width, height]) => ({ width, height }))
            : rule.kind === 'aspects'
              ? rule.outputs
              : [];
        // Some listed shape, scaled, fits around the margin box inside the picture ⇒ the margin is held.
        const shapeFits = targets.some(
          (t) =>
            Math.max(want.width / t.width, want.height / t.height) <=
            Math.min(image.width / t.width, image.height / t.height),
        );
        if (rule.kind === 'range' || shapeFits) expect(plan.coversMargin).toBe(true);
        if (rule.kind === 'sizes' && plan.scale.x === 1 && plan.scale.y === 1) {
          // Nearest valid size: no smaller one of the same aspect would have held the margin box.
          const { width, height } = plan.region;
          const smaller = targets.find(
            (t) =>
              t.width * height === t.height * width &&
              t.width < width &&
              t.width >= want.width &&
              t.height >= want.height &&
              t.width <= image.width &&
              t.height <= image.height,
          );
          expect(smaller).toBeUndefined();
        }
      }
    });
  }
});

import { describe, expect, it } from 'vitest';
import { encodePng } from './codec.ts';
import { renderTextToImage, type TextToImageParams } from './renderTextToImage.ts';
import { blockDifference, channelMeans, fractionDifferent } from './testSupport.ts';
import type { Rgba } from './rgba.ts';

const base: TextToImageParams = {
  prompts: [{ text: 'a calm lake at sunset', weight: 1 }],
  width: 256,
  height: 256,
  seed: 42,
  steps: 50,
  cfgScale: 7,
  sampler: undefined,
  clipGuidancePreset: 'NONE',
};
const render = (over: Partial<TextToImageParams>): Rgba => renderTextToImage({ ...base, ...over });
const prompt = (text: string, weight = 1) => ({ text, weight });

/** Mean of max(R,G,B) − min(R,G,B): a simple saturation measure. */
function meanChroma(img: Rgba): number {
  let sum = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i]!;
    const g = img.data[i + 1]!;
    const b = img.data[i + 2]!;
    sum += Math.max(r, g, b) - Math.min(r, g, b);
  }
  return sum / (img.width * img.height);
}

const luma = (img: Rgba): number => {
  const [r, g, b] = channelMeans(img);
  return 0.299 * r! + 0.587 * g! + 0.114 * b!;
};

describe('renderTextToImage', () => {
  it('is deterministic: same params give byte-identical pixels and PNGs', async () => {
    const a = render({});
    const b = render({});
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect((await encodePng(a)).equals(await encodePng(b))).toBe(true);
  });

  it('paints the requested size, opaque', () => {
    const img = render({ width: 320, height: 128 });
    expect([img.width, img.height, img.data.length]).toEqual([320, 128, 320 * 128 * 4]);
    for (let i = 3; i < img.data.length; i += 4) if (img.data[i] !== 255) throw new Error(`alpha at ${i}`);
  });

  it('gives visibly different layouts for different seeds (not just different grain)', () => {
    for (const [s1, s2] of [
      [1, 2],
      [42, 43],
      [7, 2147483647],
    ] as const) {
      const a = render({ seed: s1 });
      const b = render({ seed: s2 });
      expect(fractionDifferent(a, b, 12)).toBeGreaterThan(0.3);
      expect(blockDifference(a, b, 16)).toBeGreaterThan(8);
    }
  });

  it('shows colour words: red is red, blue is blue, green is green', () => {
    const [rR, rG, rB] = channelMeans(render({ prompts: [prompt('red')] }));
    expect(rR! - rB!).toBeGreaterThan(60);
    expect(rR! - rG!).toBeGreaterThan(60);
    const [bR, bG, bB] = channelMeans(render({ prompts: [prompt('blue')] }));
    expect(bB! - bR!).toBeGreaterThan(60);
    expect(bB!).toBeGreaterThan(bG!);
    const [gR, gG, gB] = channelMeans(render({ prompts: [prompt('a green hill')] }));
    expect(gG!).toBeGreaterThan(gR! + 30);
    expect(gG!).toBeGreaterThan(gB! + 30);
  });

  it('keeps the colour of a colour word inside a longer prompt, across seeds', () => {
    for (const seed of [3, 99, 12345]) {
      const [r, , b] = channelMeans(render({ seed, prompts: [prompt('a red fox sleeping in a field')] }));
      expect(r! - b!).toBeGreaterThan(35);
    }
  });

  it('gives different palettes for different prompts with the same seed', () => {
    const sunset = render({ prompts: [prompt('sunset')] });
    const forest = render({ prompts: [prompt('forest')] });
    const snow = render({ prompts: [prompt('snow')] });
    expect(blockDifference(sunset, forest, 16)).toBeGreaterThan(40);
    expect(blockDifference(forest, snow, 16)).toBeGreaterThan(40);
    // Unknown words still get a palette of their own.
    expect(
      blockDifference(
        render({ prompts: [prompt('astronaut')] }),
        render({ prompts: [prompt('teapot')] }),
        16,
      ),
    ).toBeGreaterThan(10);
  });

  it('follows scene words: night is dark, snow is light', () => {
    expect(luma(render({ prompts: [prompt('night')] }))).toBeLessThan(70);
    expect(luma(render({ prompts: [prompt('snow')] }))).toBeGreaterThan(170);
  });

  it('scales each word by its prompt weight', () => {
    const redHeavy = channelMeans(render({ prompts: [prompt('red', 1), prompt('blue', 0.2)] }));
    const blueHeavy = channelMeans(render({ prompts: [prompt('red', 0.2), prompt('blue', 1)] }));
    expect(redHeavy[0]! - redHeavy[2]!).toBeGreaterThan(30);
    expect(blueHeavy[2]! - blueHeavy[0]!).toBeGreaterThan(30);
  });

  it('pushes away colours named in a negative prompt', () => {
    const plain = channelMeans(render({ prompts: [prompt('sunset')] }));
    const noOrange = channelMeans(render({ prompts: [prompt('sunset'), prompt('orange', -1)] }));
    // Sunset's orange and gold lose ground, so the picture gets less red-over-blue.
    expect(noOrange[0]! - noOrange[2]!).toBeLessThan(plain[0]! - plain[2]! - 15);
    // A negative word alone cancels the same positive word.
    const cancelled = channelMeans(render({ prompts: [prompt('red'), prompt('blue'), prompt('red', -1)] }));
    expect(cancelled[2]! - cancelled[0]!).toBeGreaterThan(60);
  });

  it('lets cfg set saturation: cfg 0 is greyer than cfg 7, which is greyer than cfg 30', () => {
    const low = meanChroma(render({ cfgScale: 0 }));
    const mid = meanChroma(render({ cfgScale: 7 }));
    const high = meanChroma(render({ cfgScale: 30 }));
    expect(low).toBeLessThan(mid - 5);
    expect(mid).toBeLessThan(high - 5);
  });

  it('lets steps, sampler and preset change detail subtly, deterministically', () => {
    const ref = render({});
    for (const over of [
      { steps: 20 },
      { sampler: 'K_EULER_ANCESTRAL' },
      { clipGuidancePreset: 'FAST_BLUE' },
    ]) {
      const a = render(over);
      expect(Buffer.from(a.data).equals(Buffer.from(ref.data))).toBe(false);
      expect(Buffer.from(a.data).equals(Buffer.from(render(over).data))).toBe(true);
      // Same composition and palette: block means stay close.
      expect(blockDifference(a, ref, 16)).toBeLessThan(12);
    }
  });

  it('paints something for empty-ish prompts, abstract scenes and wide sizes', () => {
    const stop = render({ prompts: [prompt('the and of')] });
    expect(luma(stop)).toBeGreaterThan(20);
    const abstract = render({ prompts: [prompt('abstract pink teal shapes')] });
    expect(
      blockDifference(abstract, render({ prompts: [prompt('abstract pink teal shapes')], seed: 5 }), 16),
    ).toBeGreaterThan(5);
    const wide = render({ width: 384, height: 160, prompts: [prompt('ocean under the stars')] });
    expect(wide.data.length).toBe(384 * 160 * 4);
  });
});

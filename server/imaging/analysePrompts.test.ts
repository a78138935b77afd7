import { describe, expect, it } from 'vitest';
import { analysePrompts } from './analysePrompts.ts';

describe('analysePrompts', () => {
  it('turns colour words into their colour, weighted by the prompt', () => {
    const a = analysePrompts([
      { text: 'Red!', weight: 2 },
      { text: 'blue', weight: 0.5 },
    ]);
    expect(a.colours.map((c) => c.rgb.map((v) => Math.round(v * 255)))).toEqual([
      [210, 40, 45],
      [45, 95, 200],
    ]);
    expect(a.colours.map((c) => c.weight)).toEqual([2, 0.5]);
  });

  it('reads scene words as palettes with places and forms, and tone words as shifts', () => {
    const a = analysePrompts([{ text: 'dark misty ocean at night', weight: 1 }]);
    expect([...a.forms].sort()).toEqual(['mist', 'moon', 'night', 'stars', 'water']);
    expect(a.light).toBeLessThan(-0.2);
    expect(a.sat).toBeLessThan(0);
    expect(a.colours.some((c) => c.place === 'sky')).toBe(true);
    expect(a.colours.some((c) => c.place === 'land')).toBe(true);
  });

  it('hashes unknown words to a stable colour of lower influence and skips filler words', () => {
    const a = analysePrompts([{ text: 'the teapot of a very detailed 8k', weight: 1 }]);
    expect(a.colours).toHaveLength(1);
    expect(a.colours[0]!.weight).toBeCloseTo(0.3, 6);
    expect(analysePrompts([{ text: 'teapot', weight: 1 }]).colours[0]!.rgb).toEqual(a.colours[0]!.rgb);
  });

  it('lets negative prompts cancel a colour, avoid it, and switch forms off', () => {
    const a = analysePrompts([
      { text: 'red green ocean', weight: 1 },
      { text: 'red orange water', weight: -1 },
    ]);
    expect(
      a.colours.some((c) => Math.round(c.rgb[0] * 255) === 210 && Math.round(c.rgb[1] * 255) === 40),
    ).toBe(false);
    expect(a.avoid.length).toBeGreaterThan(0);
    expect(a.forms.has('water')).toBe(false);
    // Typical negative filler ("blurry") carries no colour to avoid.
    expect(analysePrompts([{ text: 'blurry', weight: -1 }]).avoid).toEqual([]);
  });

  it('falls back to a calm palette when nothing positive is left', () => {
    const a = analysePrompts([{ text: 'red', weight: -1 }]);
    expect(a.colours.length).toBeGreaterThan(1);
    expect(analysePrompts([{ text: 'x', weight: 0 }]).colours.length).toBeGreaterThan(1);
  });
});

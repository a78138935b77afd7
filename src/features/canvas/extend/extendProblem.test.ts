import { describe, expect, it } from 'vitest';
import { engineSizes, backendById } from '../../../lib/api/studio';
import { DEFAULT_EXTEND_RULE, type ExtendRule } from './extendRule';
import { checkExtend } from './extendProblem';

const square = { width: 512, height: 512 };
const sd15 = engineSizes(backendById('v1alpha'), 'stable-diffusion-v1-5', 'masking');
const v1x: ExtendRule = { ...DEFAULT_EXTEND_RULE, step: 64 };

describe('checkExtend', () => {
  it('accepts 256 px on the right of a 512² picture for SD 1.5, giving 768×512', () => {
    expect(checkExtend(square, { left: 0, right: 256, top: 0, bottom: 0 }, v1x, sd15, false)).toEqual({
      sides: {},
      all: null,
      size: { width: 768, height: 512 },
    });
  });

  it('says which size the engine refuses, unless images keep their size', () => {
    const margins = { left: 1024, right: 1024, top: 0, bottom: 0 };
    const refused = checkExtend(square, margins, v1x, sd15, false);
    expect(refused.all).toMatch(/^stable-diffusion-v1-5 cannot inpaint 2560×512: .+\. Change the margins\.$/);
    expect(checkExtend(square, margins, v1x, sd15, true).all).toBeNull();
  });

  it('reports a side off the step and no size', () => {
    const c = checkExtend(square, { left: 0, right: 100, top: 0, bottom: 0 }, v1x, sd15, false);
    expect(c.sides.right).toContain('multiple of 64');
    expect(c.size).toBeNull();
  });

  it('holds at most 8192 px a side', () => {
    const c = checkExtend(
      square,
      { left: 0, right: 8000, top: 0, bottom: 0 },
      DEFAULT_EXTEND_RULE,
      null,
      true,
    );
    expect(c.all).toBe('The result would be 8512×512; the canvas holds at most 8192 px a side.');
  });

  it('asks the outpaint endpoint instead of the inpaint size rule', () => {
    const rule: ExtendRule = {
      ...DEFAULT_EXTEND_RULE,
      outpaint: {
        endpoint: 'edit/outpaint',
        problem: (_b, m) => (m.right > 2000 ? 'Right: at most 2000' : null),
      },
    };
    expect(
      checkExtend(square, { left: 512, right: 512, top: 0, bottom: 0 }, rule, sd15, false).all,
    ).toBeNull();
    expect(checkExtend(square, { left: 0, right: 2048, top: 0, bottom: 0 }, rule, sd15, false).all).toBe(
      'Right: at most 2000',
    );
  });
});

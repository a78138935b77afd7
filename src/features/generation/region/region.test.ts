import { describe, expect, it } from 'vitest';
import { backendById, engineSizes } from '../../../lib/api/studio';
import { MAX_FEATHER as PIXELS_MAX_FEATHER, V2BETA_INPAINT_SEND } from '../../../lib/pixels';
import { largerThanModel, onlyMaskedApplies } from './onlyMaskedRule';
import { planRegion, sendRuleFor } from './planRegion';
import { MAX_FEATHER, repairRegion } from './regionStore';

const v1alpha = backendById('v1alpha');
const v1 = backendById('v1');
const v2beta = backendById('v2beta');
const sdxl = 'stable-diffusion-xl-1024-v1-0';
const sd15 = 'stable-diffusion-v1-5';
const photo = { width: 6000, height: 4000 };
const square = { x: 2900, y: 1900, width: 200, height: 200 };

describe('"Only masked" by default', () => {
  it('is on exactly for an image larger than the model allows; an odd smaller size is for Crop or Resize', () => {
    const sizes = engineSizes(v1, sdxl, 'masking');
    expect(largerThanModel(photo, sizes)).toBe(true);
    expect(largerThanModel({ width: 1024, height: 1024 }, sizes)).toBe(false);
    expect(largerThanModel({ width: 500, height: 300 }, sizes)).toBe(false);
    expect(largerThanModel(photo, null)).toBe(false);
    expect(onlyMaskedApplies(null, photo, sizes)).toBe(true);
    expect(onlyMaskedApplies(false, photo, sizes)).toBe(false);
    expect(onlyMaskedApplies(true, { width: 1024, height: 1024 }, sizes)).toBe(true);
  });
});

describe('planRegion', () => {
  const context = { region: { onlyMasked: null, contextMargin: 64 }, imageSize: photo, bounds: square };

  it('v1 SDXL: a listed size around the mask and its margin, unscaled', () => {
    const plan = planRegion({ ...context, backendId: 'v1', engineId: sdxl, mode: 'masking' });
    expect(plan?.sendSize).toEqual({ width: 1024, height: 1024 });
    expect(plan?.scale).toEqual({ x: 1, y: 1 });
    expect(plan?.coversMargin).toBe(true);
  });

  it('v1alpha 512-class: a size its area rule takes', () => {
    const plan = planRegion({ ...context, backendId: 'v1alpha', engineId: sd15, mode: 'masking' });
    expect(plan).not.toBeNull();
    expect(
      engineSizes(v1alpha, sd15, 'masking')?.problem(plan!.sendSize.width, plan!.sendSize.height),
    ).toBeNull();
    expect(plan!.region.width * plan!.region.height).toBeLessThan(1024 * 1024);
  });

  it('v2beta inpaint and erase take every size their input rule allows (not a rounded suggestion)', () => {
    expect(sendRuleFor(v2beta, v2beta.capabilities.defaultEngineId)).toBe(V2BETA_INPAINT_SEND);
    for (const mode of ['masking', 'erase'] as const) {
      const plan = planRegion({
        ...context,
        backendId: 'v2beta',
        engineId: v2beta.capabilities.defaultEngineId,
        mode,
      });
      expect(plan?.region).toMatchObject({ width: 328, height: 328 });
      expect(plan?.sendSize).toEqual({ width: 328, height: 328 });
    }
  });

  it('null when the whole image is sent: another mode, "Only masked" off, or an image the model takes', () => {
    expect(planRegion({ ...context, backendId: 'v1', engineId: sdxl, mode: 'image-to-image' })).toBeNull();
    const off = { ...context, region: { onlyMasked: false, contextMargin: 64 } };
    expect(planRegion({ ...off, backendId: 'v1', engineId: sdxl, mode: 'masking' })).toBeNull();
    const small = {
      ...context,
      imageSize: { width: 1024, height: 1024 },
      bounds: { x: 10, y: 10, width: 50, height: 50 },
    };
    expect(planRegion({ ...small, backendId: 'v1', engineId: sdxl, mode: 'masking' })).toBeNull();
  });
});

describe('the region store', () => {
  it('repairs what it reads field by field; its feather range is the paste-back’s', () => {
    expect(MAX_FEATHER).toBe(PIXELS_MAX_FEATHER);
    expect(repairRegion({})).toEqual({ onlyMasked: null, contextMargin: 64, feather: 0 });
    expect(repairRegion({ onlyMasked: true, contextMargin: 9999, feather: 16.4 })).toEqual({
      onlyMasked: true,
      contextMargin: 512,
      feather: 16,
    });
    expect(repairRegion({ onlyMasked: 'yes', contextMargin: 'x', feather: -3 })).toEqual({
      onlyMasked: null,
      contextMargin: 64,
      feather: 0,
    });
  });
});

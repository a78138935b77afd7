import { describe, expect, it } from 'vitest';
import { backendById } from '../../lib/api/studio';
import { loadBackendRuntime } from '../../lib/api/studio';
import { extendCanvasRule } from './extendCanvasRule';

describe('extendCanvasRule', () => {
  it('v1alpha: margins in steps of 64, the engine’s size presets, an inpaint of the enlarged picture', () => {
    const rule = extendCanvasRule(backendById('v1alpha'), 'stable-diffusion-v1-5', null);
    expect(rule.step).toBe(64);
    expect(rule.ratios).toContain('16:9');
    expect(rule.outpaint).toBeNull();
  });

  it('v1 SDXL: only the ratios its size list has', () => {
    const rule = extendCanvasRule(backendById('v1'), 'stable-diffusion-xl-1024-v1-0', null);
    expect(rule.step).toBe(64);
    expect(rule.ratios).not.toContain('4:3');
    expect(rule.ratios).toContain('1:1');
  });

  it('v2beta takes every margin, the model’s nine ratios, edit/outpaint judging the picture before and the margins', async () => {
    const { backend } = await loadBackendRuntime('v2beta');
    const rule = extendCanvasRule(backendById('v2beta'), 'core', backend.validate);
    expect(rule.step).toBe(1);
    expect(rule.ratios).toEqual(['21:9', '16:9', '3:2', '5:4', '1:1', '4:5', '2:3', '9:16', '9:21']);
    expect(rule.outpaint?.endpoint).toBe('edit/outpaint');
    const square = { width: 512, height: 512 };
    expect(rule.outpaint?.problem(square, { left: 0, right: 256, top: 0, bottom: 0 })).toBeNull();
    expect(rule.outpaint?.problem(square, { left: 0, right: 2001, top: 0, bottom: 0 })).toBe(
      "Outpaint: right must be between 0 and 2000, received '2001'.",
    );
    // The picture before must meet the endpoint's aspect limit (2.5:1).
    expect(
      rule.outpaint?.problem({ width: 1024, height: 256 }, { left: 0, right: 64, top: 0, bottom: 0 }),
    ).toBe(
      'The 1024×256 picture cannot be outpainted: aspect ratio must be between 1:2.5 and 2.5:1, received 1024×256.',
    );
  });

  it('v2beta before its rules load: nothing refused here', () => {
    const rule = extendCanvasRule(backendById('v2beta'), 'core', null);
    expect(
      rule.outpaint?.problem({ width: 512, height: 512 }, { left: 0, right: 5000, top: 0, bottom: 0 }),
    ).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../lib/api';
import { issuesByField, uiFieldOf } from './fieldIssues';

describe('uiFieldOf', () => {
  it.each([
    ['text_prompts', 'prompts'],
    ['text_prompts.2.text', 'prompt.2'],
    ['text_prompts.0.weight', 'promptWeight.0'],
    ['text_prompts.1', 'prompt.1'],
    ['cfg_scale', 'cfgScale'],
    ['size', 'size'],
    ['width', 'size'],
    ['height', 'size'],
    ['clip_guidance_preset', 'clipGuidancePreset'],
    ['step_schedule_start', 'imageStrength'],
    ['mask_image', 'canvas'],
    ['something_new', 'form'],
  ])('%s → %s', (wire, ui) => {
    expect(uiFieldOf({ field: wire })).toBe(ui);
  });
});

describe('issuesByField', () => {
  it('puts each broken rule of a real validation next to its field, in the panel’s words', () => {
    const res = validateOptions(
      {
        text_prompts: [
          { text: 'ok', weight: 1 },
          { text: '', weight: 1 },
        ],
        cfg_scale: 99,
        steps: 5,
        width: 500,
        height: 512,
      },
      { mode: 'text-to-image', engineId: 'stable-diffusion-v1-5' },
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const by = issuesByField(res.issues, ['ok', '']);
    expect(by['prompt.1']).toEqual(['Prompt 2 is empty: describe what to paint.']);
    expect(by.cfgScale?.[0]).toMatch(/^CFG scale must be a number from 0 to 35/);
    expect(by.steps?.[0]).toMatch(/^Steps must be an integer from 10 to 150/);
    expect(by.size?.[0]).toMatch(/increments of 64/);
    expect(by['prompt.0']).toBeUndefined();
  });

  it('says "too long" for a prompt over 2000 characters', () => {
    const long = 'x'.repeat(2001);
    const res = validateOptions({ text_prompts: [{ text: long }] }, { mode: 'text-to-image', engineId: 'x' });
    if (res.ok) throw new Error('expected issues');
    expect(issuesByField(res.issues, [long])['prompt.0']).toEqual([
      'Prompt 1 is too long (2000 characters at most).',
    ]);
  });

  it('reports a size the XL engine does not list as a pixel-count issue on the size field', () => {
    const res = validateOptions(
      { text_prompts: [{ text: 'a' }], width: 512, height: 512 },
      { mode: 'text-to-image', engineId: 'stable-diffusion-xl-1024-v1-0' },
    );
    if (res.ok) throw new Error('expected issues');
    expect(Object.keys(issuesByField(res.issues))).toEqual(['size']);
  });

  it('puts an init image the engine refuses under the canvas, pointing at crop/resize', () => {
    const res = validateOptions(
      { text_prompts: [{ text: 'a' }], step_schedule_start: 0.5 },
      {
        mode: 'image-to-image',
        engineId: 'stable-diffusion-xl-1024-v1-0',
        initImageSize: { width: 512, height: 512 },
      },
    );
    if (res.ok) throw new Error('expected issues');
    const canvas = issuesByField(res.issues).canvas ?? [];
    expect(canvas).toHaveLength(1);
    expect(canvas[0]).toMatch(
      /^The init image's size does not suit this engine \(.+\)\. Use "Crop or resize…"/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { loadBackendRuntime, type GenerationRequest } from '../../lib/api/studio';
import { issuesByField, uiFieldOf } from './fieldIssues';

/** The v1alpha backend's own rules on a request (as the panel runs them). */
async function issuesOf(patch: Partial<GenerationRequest>) {
  const { backend } = await loadBackendRuntime('v1alpha');
  return backend.validate({
    backend: 'v1alpha',
    mode: 'text-to-image',
    engineId: 'stable-diffusion-v1-5',
    params: { prompts: [{ text: 'a', weight: 1 }] },
    ...patch,
  });
}

describe('uiFieldOf', () => {
  it.each([
    ['prompts', 'prompts'],
    ['prompts.2.text', 'prompt.2'],
    ['prompts.0.weight', 'promptWeight.0'],
    ['cfgScale', 'cfgScale'],
    ['size', 'size'],
    ['aspectRatio', 'size'],
    ['clipGuidancePreset', 'clipGuidancePreset'],
    ['stylePreset', 'stylePreset'],
    ['imageStrength', 'imageStrength'],
    ['engineId', 'engine'],
    ['initImage', 'canvas'],
    ['maskImage', 'canvas'],
    ['something_new', 'form'],
  ])('%s → %s', (field, ui) => {
    expect(uiFieldOf({ field })).toBe(ui);
  });
});

describe('issuesByField', () => {
  it('puts each broken rule of a real validation next to its field, in the panel’s words', async () => {
    const issues = await issuesOf({
      params: {
        prompts: [
          { text: 'ok', weight: 1 },
          { text: '', weight: 1 },
        ],
        cfgScale: 99,
        steps: 5,
        width: 500,
        height: 512,
      },
    });
    const by = issuesByField(issues, ['ok', '']);
    expect(by['prompt.1']).toEqual(['Prompt 2 is empty: describe what to paint.']);
    expect(by.cfgScale?.[0]).toMatch(/^CFG scale must be a number from 0 to 35/);
    expect(by.steps?.[0]).toMatch(/^Steps must be an integer from 10 to 150/);
    expect(by.size?.[0]).toMatch(/increments of 64/);
    expect(by['prompt.0']).toBeUndefined();
  });

  it('says "too long" for a prompt over 2000 characters', async () => {
    const long = 'x'.repeat(2001);
    const issues = await issuesOf({ params: { prompts: [{ text: long, weight: 1 }] } });
    expect(issuesByField(issues, [long])['prompt.0']).toEqual([
      'Prompt 1 is too long (2000 characters at most).',
    ]);
  });

  it('reports a size the XL engine does not list as a pixel-count issue on the size field', async () => {
    const issues = await issuesOf({
      engineId: 'stable-diffusion-xl-1024-v1-0',
      params: { prompts: [{ text: 'a', weight: 1 }], width: 512, height: 512 },
    });
    expect(Object.keys(issuesByField(issues))).toEqual(['size']);
  });

  it('puts an init image the engine refuses under the canvas, pointing at crop/resize', async () => {
    const issues = await issuesOf({
      mode: 'image-to-image',
      engineId: 'stable-diffusion-xl-1024-v1-0',
      params: { prompts: [{ text: 'a', weight: 1 }], imageStrength: 0.5 },
      initImage: new Blob([]),
      initImageSize: { width: 512, height: 512 },
    });
    const canvas = issuesByField(issues).canvas ?? [];
    expect(canvas).toHaveLength(1);
    expect(canvas[0]).toMatch(
      /^The init image's size does not suit this engine \(.+\)\. Use "Crop or resize…"/,
    );
  });
});

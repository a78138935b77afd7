import { describe, expect, it } from 'vitest';
import { parseComfyUiPrompt } from './comfyUiPrompt';
import { formatGessoRecipe } from './gessoRecipe';
import { parseGessoRecipe } from './parseGessoRecipe';
import { parseInvokeAiMetadata } from './invokeAiMetadata';
import { jsonNestingDepth, parseJsonLimited } from './parseJsonLimited';

const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const deepArrays = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('parseJsonLimited', () => {
  it('refuses 10,000-deep JSON before parsing it', () => {
    expect(parseJsonLimited(deepArrays(10_000))).toEqual({
      ok: false,
      reason: 'JSON nests deeper than 64 levels',
    });
    expect(parseJsonLimited(`{"a":${'{"b":'.repeat(10_000)}1${'}'.repeat(10_001)}`).ok).toBe(false);
  });

  it('does not count brackets inside strings, including escaped quotes', () => {
    expect(jsonNestingDepth('{"a": "[[[[\\"{{{{", "b": [1]}')).toBe(2);
    expect(parseJsonLimited(`{"a": "${'['.repeat(500)}"}`).ok).toBe(true);
  });

  it('accepts nesting at the cap and refuses one level more', () => {
    expect(parseJsonLimited(deepArrays(64)).ok).toBe(true);
    expect(parseJsonLimited(deepArrays(65)).ok).toBe(false);
  });

  it('refuses over-long text and invalid JSON, and returns script strings verbatim', () => {
    expect(parseJsonLimited('"x"', { maxLength: 2 }).ok).toBe(false);
    expect(parseJsonLimited('{"a":').ok).toBe(false);
    expect(parseJsonLimited(JSON.stringify({ s: SCRIPT }))).toEqual({ ok: true, value: { s: SCRIPT } });
  });
});

describe('parseInvokeAiMetadata', () => {
  const meta = {
    generation_mode: 'txt2img',
    positive_prompt: `a castle ${SCRIPT}`,
    negative_prompt: 'blurry',
    width: 512,
    height: 768,
    seed: 42,
    rand_device: 'cpu',
    cfg_scale: 7.5,
    cfg_rescale_multiplier: 0,
    steps: 30,
    scheduler: 'euler_a',
    model: { key: 'abc', hash: 'blake3:00', name: 'stable-diffusion-v1-5', base: 'sd-1', type: 'main' },
    app_version: '4.2.0',
  };

  it('maps the InvokeAI fields and lists the rest', () => {
    expect(parseInvokeAiMetadata(JSON.stringify(meta))).toEqual({
      source: 'invokeai',
      prompts: [
        { text: `a castle ${SCRIPT}`, weight: 1 },
        { text: 'blurry', weight: -1 },
      ],
      width: 512,
      height: 768,
      seed: 42,
      cfgScale: 7.5,
      steps: 30,
      sampler: 'K_EULER_ANCESTRAL',
      engineId: 'stable-diffusion-v1-5',
      unknownFields: ['generation_mode', 'rand_device', 'cfg_rescale_multiplier', 'app_version'],
    });
  });

  it('reads InvokeAI 3 model_name, lists a scheduler and model without a v1alpha match', () => {
    const r = parseInvokeAiMetadata(
      JSON.stringify({
        positive_prompt: 'x',
        scheduler: 'dpmpp_2s',
        model: { model_name: 'my-merge', base_model: 'sd-1' },
      }),
    );
    expect(r).toMatchObject({ prompts: [{ text: 'x', weight: 1 }], unknownFields: ['scheduler', 'model'] });
    expect(r?.sampler).toBeUndefined();
    expect(r?.engineId).toBeUndefined();
    expect(
      parseInvokeAiMetadata(JSON.stringify({ model: { model_name: 'stable-diffusion-xl-1024-v1-0' } }))
        ?.engineId,
    ).toBe('stable-diffusion-xl-1024-v1-0');
  });

  it('lists wrongly typed values instead of using them', () => {
    const r = parseInvokeAiMetadata('{"seed": "42", "steps": 2.5, "width": -1, "positive_prompt": 7}');
    expect(r).toEqual({
      source: 'invokeai',
      prompts: [],
      unknownFields: ['seed', 'steps', 'width', 'positive_prompt'],
    });
  });

  it('returns null for non-objects and hostile JSON', () => {
    expect(parseInvokeAiMetadata('[1,2]')).toBeNull();
    expect(parseInvokeAiMetadata('not json')).toBeNull();
    // Usable metadata but for one deep field: only the nesting cap can make this null.
    expect(parseInvokeAiMetadata(`{"seed":1,"a":${deepArrays(10_000)}}`)).toBeNull();
  });
});

/** ComfyUI's default text-to-image graph, as its `prompt` chunk stores it. */
const COMFY_DEFAULT = {
  '3': {
    class_type: 'KSampler',
    inputs: {
      seed: 156680208700286,
      steps: 20,
      cfg: 8,
      sampler_name: 'euler',
      scheduler: 'normal',
      denoise: 1,
      model: ['4', 0],
      positive: ['6', 0],
      negative: ['7', 0],
      latent_image: ['5', 0],
    },
  },
  '4': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'v1-5-pruned-emaonly.safetensors' } },
  '5': { class_type: 'EmptyLatentImage', inputs: { width: 512, height: 640, batch_size: 1 } },
  '6': { class_type: 'CLIPTextEncode', inputs: { text: `purple galaxy bottle ${SCRIPT}`, clip: ['4', 1] } },
  '7': { class_type: 'CLIPTextEncode', inputs: { text: 'text, watermark', clip: ['4', 1] } },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
  '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'ComfyUI', images: ['8', 0] } },
};

describe('parseComfyUiPrompt', () => {
  it('reads the default graph through the sampler links', () => {
    expect(parseComfyUiPrompt(JSON.stringify(COMFY_DEFAULT))).toEqual({
      source: 'comfyui',
      prompts: [
        { text: `purple galaxy bottle ${SCRIPT}`, weight: 1 },
        { text: 'text, watermark', weight: -1 },
      ],
      seed: 156680208700286,
      steps: 20,
      cfgScale: 8,
      sampler: 'K_EULER',
      width: 512,
      height: 640,
      unknownFields: [],
    });
  });

  it('reads KSamplerAdvanced with a linked seed, combined conditioning and SDXL encoders; lists scheduler', () => {
    const graph = {
      '10': {
        class_type: 'KSamplerAdvanced',
        inputs: {
          noise_seed: ['20', 0],
          steps: 30,
          cfg: 6.5,
          sampler_name: 'dpmpp_2m',
          scheduler: 'karras',
          positive: ['11', 0],
          negative: ['14', 0],
          latent_image: ['15', 0],
        },
      },
      '11': {
        class_type: 'ConditioningCombine',
        inputs: { conditioning_1: ['12', 0], conditioning_2: ['13', 0] },
      },
      '12': { class_type: 'CLIPTextEncode', inputs: { text: 'a fox' } },
      '13': {
        class_type: 'CLIPTextEncodeSDXL',
        inputs: { text_g: 'autumn forest', text_l: 'autumn forest' },
      },
      '14': { class_type: 'CLIPTextEncode', inputs: { text: ['21', 0] } },
      '15': { class_type: 'EmptyLatentImage', inputs: { width: 1024, height: 1024 } },
      '20': { class_type: 'PrimitiveNode', inputs: { value: 99 } },
      '21': { class_type: 'PrimitiveNode', inputs: { value: 'ugly' } },
    };
    expect(parseComfyUiPrompt(JSON.stringify(graph))).toEqual({
      source: 'comfyui',
      prompts: [
        { text: 'a fox', weight: 1 },
        { text: 'autumn forest', weight: 1 },
        { text: 'ugly', weight: -1 },
      ],
      seed: 99,
      steps: 30,
      cfgScale: 6.5,
      sampler: 'K_DPMPP_2M',
      width: 1024,
      height: 1024,
      unknownFields: ['scheduler'],
    });
  });

  it('survives cycles, prototype keys and dangling links', () => {
    // Written as text: an object literal's `__proto__` would set the prototype, not a key.
    const text = `{
      "1": {"class_type": "KSampler", "inputs": {"seed": ["1", 0], "steps": ["constructor", 0],
            "positive": ["2", 0], "negative": ["constructor", 0], "latent_image": ["__proto__", 0]}},
      "2": {"class_type": "ConditioningCombine", "inputs": {"conditioning_1": ["2", 0], "conditioning_2": ["1", 0]}},
      "__proto__": {"class_type": "EmptyLatentImage", "inputs": {"width": 256, "height": "x"}}
    }`;
    const r = parseComfyUiPrompt(text);
    expect(r).toMatchObject({ source: 'comfyui', prompts: [], width: 256, unknownFields: ['seed'] });
    expect(r?.seed).toBeUndefined();
    expect(r?.steps).toBeUndefined();
    expect(r?.height).toBeUndefined();
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['class_type']).toBeUndefined();
  });

  it('returns null without a sampler or for hostile JSON', () => {
    expect(parseComfyUiPrompt(JSON.stringify({ '1': { class_type: 'SaveImage', inputs: {} } }))).toBeNull();
    const graph = JSON.stringify(COMFY_DEFAULT).slice(0, -1);
    expect(parseComfyUiPrompt(`${graph},"99":${deepArrays(10_000)}}`)).toBeNull();
    expect(parseComfyUiPrompt('"a string"')).toBeNull();
  });
});

describe('parseGessoRecipe / formatGessoRecipe', () => {
  it('round-trips the generic recipe fields', () => {
    const recipe = {
      prompts: [
        { text: SCRIPT, weight: 1 },
        { text: 'grainy', weight: -1 },
      ],
      seed: 7,
      steps: 40,
      cfgScale: 9.5,
      sampler: 'K_HEUN' as const,
      width: 640,
      height: 512,
      engineId: 'stable-diffusion-512-v2-1',
    };
    expect(parseGessoRecipe(formatGessoRecipe(recipe))).toEqual({
      source: 'gesso',
      unknownFields: [],
      ...recipe,
    });
  });

  it('drops and lists invalid or unknown fields, keeping the rest', () => {
    const r = parseGessoRecipe(
      JSON.stringify({
        prompts: [{ text: 'a', weight: 1 }],
        seed: -5,
        sampler: 'FAST',
        steps: 30,
        version: 'two',
        __proto__x: 1,
      }),
    );
    expect(r).toEqual({
      source: 'gesso',
      prompts: [{ text: 'a', weight: 1 }],
      steps: 30,
      unknownFields: ['seed', 'sampler', 'version', '__proto__x'],
    });
  });

  it('returns null without valid prompts or for hostile JSON', () => {
    expect(parseGessoRecipe('{"seed": 1}')).toBeNull();
    expect(parseGessoRecipe('{"prompts": [{"text": 1}]}')).toBeNull();
    expect(
      parseGessoRecipe(`{"prompts": [{"text": "a", "weight": 1}], "x": ${deepArrays(10_000)}}`),
    ).toBeNull();
  });
});

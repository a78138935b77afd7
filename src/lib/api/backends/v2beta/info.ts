import type { BackendInfo, FieldSet, SizeCapability } from '../../backend/Backend.ts';
import { intSpec, unitSpec } from '../../backend/numberSpecs.ts';
import type { GenerationMode, GenerationParams, GenerationRequest } from '../../backend/GenerationRequest.ts';
import { LIMITS, STYLE_PRESETS } from '../../wire.ts';
import { checkImageSize, V2BETA_IMAGE_RULES } from './imageRules.ts';
import { v2betaModel } from './models.ts';
import { PROMPT_UPSCALER, V2BETA_ENGINES, v2betaEngine, v2betaEngineFor } from './studioCatalogue.ts';
import { V2BETA_ASPECT_RATIOS } from './aspectRatios.ts';

/** Largest v2beta seed (uint32 − 1, §2.3); 0 = the service picks one. */
const SEED_MAX = 4_294_967_294;
/** The image strength the studio starts with everywhere (v2beta sends `strength = 1 − it`). */
const DEFAULT_IMAGE_STRENGTH = 0.35;

const int = intSpec;
const unit = unitSpec;

const MASKED = ['MASK_IMAGE_WHITE', 'INIT_IMAGE_ALPHA'] as const;

/** The input-image rule of the endpoint an engine runs on (§2.4), in the size dialog's terms. */
function inputRule(engineId: string): SizeCapability | undefined {
  const engine = v2betaEngine(engineId);
  const rule = engine && V2BETA_IMAGE_RULES[engine.endpoint].image;
  if (!engine || !rule) return undefined;
  return {
    kind: 'input',
    name: engine.name,
    problem: (width, height) =>
      checkImageSize('image', { width, height }, rule)[0]?.replace(/^image: /, '') ?? null,
    nativeArea: 1_048_576,
  };
}

/** The fields of one engine in one mode: the panel shows these, with these ranges (shared/API-v2beta.md §4). */
function fields(chosen: string, mode: GenerationMode): FieldSet {
  const engineId = v2betaEngineFor(mode, chosen);
  const set: FieldSet = { samples: int(1, LIMITS.samplesMax, 1), seed: int(0, SEED_MAX, 0) };
  if (mode === 'upscale') {
    set.samples = int(1, 1, 1);
    if (engineId === PROMPT_UPSCALER) {
      // To about 4 MP: ×2 for the generate endpoints' 1 MP pictures.
      set.upscale = { maxInputPixels: 9_437_184, maxOutputPixels: 4_194_304, factor: 2, prompted: true };
      set.creativity = unit(0.35, 0.2, 0.5);
    } else {
      set.upscale = { maxInputPixels: 1_048_576, maxOutputPixels: 16_777_216, factor: 4 };
      set.seed = int(0, 0, 0);
    }
    set.size = inputRule(engineId);
    return set;
  }
  if (mode !== 'erase') set.stylePreset = { values: STYLE_PRESETS };
  if (mode === 'text-to-image') {
    set.size = { kind: 'aspect-ratio', ratios: V2BETA_ASPECT_RATIOS, default: '1:1' };
  } else {
    set.size = inputRule(engineId);
  }
  if (mode === 'text-to-image' || mode === 'image-to-image') {
    const cfg = v2betaModel(engineId)?.cfgScale;
    if (cfg) set.cfgScale = { ...cfg, step: 0.5 };
  }
  if (mode === 'image-to-image') {
    set.imageStrength = unit(DEFAULT_IMAGE_STRENGTH);
    // An image with transparency may choose its own alpha as the mask, which turns it into an inpaint.
    set.maskSource = { values: MASKED };
  }
  if (mode === 'masking' || mode === 'erase') {
    set.maskSource = { values: MASKED };
    set.growMask = int(0, mode === 'erase' ? 20 : 100, 5);
  }
  if (mode === 'outpaint') set.creativity = unit(0.5);
  return set;
}

/** The params `mode` sends on `engineId`, everything else dropped (so a recipe holds what shaped it). */
function keptParams(p: GenerationParams, mode: GenerationMode, engineId: string): GenerationParams {
  const kept: GenerationParams = { prompts: p.prompts.map((x) => ({ text: x.text, weight: x.weight })) };
  const copy = (...keys: Array<keyof GenerationParams>) => {
    for (const k of keys) if (p[k] !== undefined) Object.assign(kept, { [k]: p[k] });
  };
  const f = fields(engineId, mode);
  // Erase and the fast upscaler take no prompt at all.
  if (mode === 'erase' || (mode === 'upscale' && f.creativity === undefined)) kept.prompts = [];
  if (mode !== 'upscale') copy('samples');
  if (f.seed.max > 0) copy('seed');
  if (f.size?.kind === 'aspect-ratio') copy('aspectRatio');
  if (f.stylePreset) copy('stylePreset');
  if (f.cfgScale) copy('cfgScale');
  if (f.imageStrength) copy('imageStrength');
  if (f.growMask) copy('growMask', 'maskSource');
  if (f.creativity) copy('creativity');
  if (mode === 'outpaint' && p.outpaint) kept.outpaint = { ...p.outpaint };
  return kept;
}

/**
 * The Stable Image API (shared/API-v2beta.md): one prompt and a negative prompt, an aspect ratio instead of
 * a size, one picture per request, models instead of engines (no list to ask for), style presets, and edit
 * and upscale endpoints of their own. Plain data and pure functions: part of the first paint.
 */
export const v2betaInfo: BackendInfo = {
  id: 'v2beta',
  label: 'Stable Image (v2beta)',
  capabilities: {
    modes: ['text-to-image', 'image-to-image', 'masking', 'erase', 'outpaint', 'upscale'],
    prompts: 'prompt-and-negative',
    catalogue: V2BETA_ENGINES,
    defaultEngineId: 'core',
    listsEngines: false,
    account: true,
    balance: true,
    maxSamplesPerRequest: 1,
    servedByStability: true,
  },
  fields,
  normalize(request) {
    const { mode } = request;
    const engineId = v2betaEngineFor(mode, request.engineId);
    const out: GenerationRequest = {
      backend: 'v2beta',
      mode,
      engineId,
      params: keptParams(request.params, mode, engineId),
    };
    const endpoint = v2betaEngine(engineId)?.endpoint;
    if (endpoint) out.endpoint = endpoint;
    if (mode !== 'text-to-image' && request.initImage) out.initImage = request.initImage;
    if (mode !== 'text-to-image' && request.initImageSize) out.initImageSize = { ...request.initImageSize };
    // With the image's own transparency as the mask, no mask part is sent: the API reads the alpha.
    const masked = mode === 'masking' || mode === 'erase';
    if (masked && request.maskImage && out.params.maskSource !== 'INIT_IMAGE_ALPHA') {
      out.maskImage = request.maskImage;
    }
    // The studio's paste-back (never sent) stays with the request: grids and sweeps normalize each cell.
    if (request.pasteBack) out.pasteBack = request.pasteBack;
    if (request.accept) out.accept = request.accept;
    return out;
  },
  cost(request) {
    const each = v2betaEngine(v2betaEngineFor(request.mode, request.engineId))?.credits ?? 0;
    const count = request.mode === 'upscale' ? 1 : (request.params.samples ?? 1);
    return Math.round(each * count * 100) / 100;
  },
  split(request) {
    const samples = request.params.samples ?? 1;
    if (samples <= 1) return [request];
    const seed = request.params.seed ?? 0;
    // One picture per request (§2.6): N requests, seeds s, s+1, … (wrapping past the largest seed to 1).
    return Array.from({ length: samples }, (_, i) => ({
      ...request,
      params: { ...request.params, samples: 1, seed: seed === 0 ? 0 : ((seed - 1 + i) % SEED_MAX) + 1 },
    }));
  },
};

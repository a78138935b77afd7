import type { BackendInfo, Capabilities, FieldSet, ModelInfo } from '../../backend/Backend.ts';
import { intSpec, unitSpec } from '../../backend/numberSpecs.ts';
import type {
  BackendId,
  GenerationMode,
  GenerationParams,
  GenerationRequest,
} from '../../backend/GenerationRequest.ts';
import type { OptionRules } from '../../optionRules.ts';
import { DEFAULT_ENGINE_ID, sizeRuleFor, type CatalogueEngine } from '../../sizeRules.ts';
import {
  CLIP_GUIDANCE_PRESETS,
  DEFAULTS,
  LIMITS,
  MASK_SOURCES,
  SAMPLERS,
  STYLE_PRESETS,
  UPSCALE_LIMITS,
  V1_DEFAULTS,
} from '../../wire.ts';

/** The modes of v1alpha and v1's generation engines. */
export const GENERATION_MODES: readonly GenerationMode[] = ['text-to-image', 'image-to-image', 'masking'];

/** Credits of one 512×512, 50-step image; the engine charges by this rule (server/README.md). */
const BASE_IMAGE_COST = 0.2;
/** Credits of one upscale, whatever its size (decided; server/README.md). */
const UPSCALE_COST = 0.2;

/** How one v1x API differs from the other (its option rules carry the rest). */
export interface V1xConfig {
  id: Extract<BackendId, 'v1alpha' | 'v1'>;
  label: string;
  rules: OptionRules;
  engines: readonly CatalogueEngine[];
  /** Engines that only upscale (v1: Real-ESRGAN); none for v1alpha. */
  upscaleEngines: ReadonlyArray<Omit<CatalogueEngine, 'rule'>>;
  /** v1 has a style preset; its image modes say strength in v1's own form and have no schedule end. */
  v1Options: boolean;
  servedByStability: boolean;
}

const int = intSpec;
const unit = (value: number) => unitSpec(value);

/** The engine list entry of a catalogue engine. */
function modelOf(e: Omit<CatalogueEngine, 'rule'>, modes: readonly GenerationMode[]): ModelInfo {
  return { id: e.id, name: e.name, description: e.description, modes };
}

/** Rounds to 1e-6 as the engine does, so an estimate equals the charge. */
const credits = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * A v1x backend's plain part (capabilities, fields, normalize, cost, split): v1alpha and v1 differ only in
 * `config`, so both read as the one rule set the engine applies (optionRules.ts).
 */
export function v1xInfo(config: V1xConfig): BackendInfo {
  const { rules, v1Options } = config;
  const upscaleIds = new Set(config.upscaleEngines.map((e) => e.id));
  const modes: GenerationMode[] = [...GENERATION_MODES];
  if (config.upscaleEngines.length > 0) modes.push('upscale');
  const capabilities: Capabilities = {
    modes,
    prompts: 'weighted-list',
    catalogue: [
      ...config.engines.map((e) => modelOf(e, GENERATION_MODES)),
      ...config.upscaleEngines.map((e) => modelOf(e, ['upscale'])),
    ],
    defaultEngineId: DEFAULT_ENGINE_ID,
    listsEngines: true,
    account: true,
    balance: true,
    maxSamplesPerRequest: LIMITS.samplesMax,
    servedByStability: config.servedByStability,
  };

  function fields(engineId: string, mode: GenerationMode): FieldSet {
    if (mode === 'upscale' || upscaleIds.has(engineId)) {
      return {
        samples: int(1, 1, 1),
        seed: int(0, 0, 0),
        upscale: {
          maxOutputPixels: UPSCALE_LIMITS.maxOutputPixels,
          maxInputPixels: UPSCALE_LIMITS.maxInputPixels,
          factor: UPSCALE_LIMITS.factor,
        },
      };
    }
    const set: FieldSet = {
      size: { kind: 'explicit', rule: sizeRuleFor(engineId), step: LIMITS.sizeStep, sideMin: LIMITS.sideMin },
      steps: int(LIMITS.stepsMin, LIMITS.stepsMax, rules.defaultSteps(engineId)),
      cfgScale: { min: LIMITS.cfgScaleMin, max: LIMITS.cfgScaleMax, default: DEFAULTS.cfg_scale, step: 0.5 },
      sampler: { values: SAMPLERS },
      clipGuidancePreset: { values: CLIP_GUIDANCE_PRESETS, default: DEFAULTS.clip_guidance_preset },
      samples: int(LIMITS.samplesMin, LIMITS.samplesMax, DEFAULTS.samples),
      seed: int(LIMITS.seedMin, rules.seedMax, DEFAULTS.seed),
    };
    if (v1Options) set.stylePreset = { values: STYLE_PRESETS };
    if (mode === 'text-to-image') return set;
    // An image with transparency may choose its own alpha as the mask, which turns it into an inpaint.
    set.maskSource = { values: MASK_SOURCES };
    // Both APIs default to the same influence: v1's image_strength 0.35 is v1alpha's schedule start 0.65.
    const strength = v1Options ? V1_DEFAULTS.image_strength : credits(1 - DEFAULTS.step_schedule_start);
    // Strength is an image-to-image option only. v1's masking endpoint takes none (reference/v1-2023.yaml);
    // v1alpha's would take step_schedule_start, but in inpainting the mask decides what changes (the engine
    // reads no strength there), and a strength left over from image-to-image, sent unseen, is what the
    // panel does not show (issue 10 §3).
    if (mode === 'image-to-image') set.imageStrength = unit(strength);
    if (!v1Options) set.stepScheduleEnd = unit(DEFAULTS.step_schedule_end);
    return set;
  }

  /** The params this API reads in `mode`, everything else dropped. */
  function keptParams(p: GenerationParams, mode: GenerationMode): GenerationParams {
    if (mode === 'upscale') return { prompts: [], upscale: { ...p.upscale } };
    const kept: GenerationParams = { prompts: p.prompts.map((x) => ({ text: x.text, weight: x.weight })) };
    const copy = <K extends keyof GenerationParams>(...keys: K[]) => {
      for (const k of keys) if (p[k] !== undefined) kept[k] = p[k];
    };
    copy('steps', 'cfgScale', 'sampler', 'clipGuidancePreset', 'samples', 'seed');
    if (v1Options) copy('stylePreset');
    if (mode === 'text-to-image') copy('width', 'height');
    else if (mode === 'image-to-image')
      copy('imageStrength', ...(v1Options ? [] : ['stepScheduleEnd' as const]));
    else {
      copy('maskSource');
      if (!v1Options) copy('stepScheduleEnd');
    }
    return kept;
  }

  return {
    id: config.id,
    label: config.label,
    capabilities,
    fields,
    normalize(request) {
      const { mode } = request;
      const out: GenerationRequest = {
        backend: config.id,
        mode,
        engineId: request.engineId,
        params: keptParams(request.params, mode),
      };
      if (mode !== 'text-to-image' && request.initImage) out.initImage = request.initImage;
      if (mode !== 'text-to-image' && request.initImageSize) out.initImageSize = { ...request.initImageSize };
      // With the init image's alpha as the mask, no mask part is sent (the engine would ignore it).
      if (mode === 'masking' && request.maskImage && out.params.maskSource !== 'INIT_IMAGE_ALPHA') {
        out.maskImage = request.maskImage;
      }
      if (request.accept) out.accept = request.accept;
      // The studio's paste-back (never sent) stays with the request: grids and sweeps normalize each cell.
      if (request.pasteBack) out.pasteBack = request.pasteBack;
      return out;
    },
    cost(request) {
      const samples = request.params.samples ?? DEFAULTS.samples;
      if (request.mode === 'upscale') return credits(UPSCALE_COST * samples);
      const size =
        request.mode === 'text-to-image'
          ? {
              width: request.params.width ?? rules.defaultSize(request.engineId).width,
              height: request.params.height ?? rules.defaultSize(request.engineId).height,
            }
          : (request.initImageSize ?? { width: 0, height: 0 });
      const steps = request.params.steps ?? rules.defaultSteps(request.engineId);
      const each = credits(BASE_IMAGE_COST * ((size.width * size.height) / 262_144) * (steps / 50));
      return credits(each * samples);
    },
    split(request) {
      const samples = request.params.samples ?? 1;
      const max = capabilities.maxSamplesPerRequest;
      if (samples <= max) return [request];
      const seed = request.params.seed ?? 0;
      const out: GenerationRequest[] = [];
      for (let first = 0; first < samples; first += max) {
        const params: GenerationParams = {
          ...request.params,
          samples: Math.min(max, samples - first),
          // Artifact i of a request with seed s has seed s + i, so the next request starts where it ended.
          seed: seed === 0 ? 0 : seed + first,
        };
        out.push({ ...request, params });
      }
      return out;
    },
  };
}

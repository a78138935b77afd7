import { LIMITS, UPSCALE_ENGINE_ID, type BadRequestCode } from './wire.ts';

/**
 * Engine size rules (shared/API.md, "Engine size rules" and §v1 "Engines"). Engines not in a catalogue
 * (e.g. ones the real API lists) are checked with the generic 512-class rule.
 */
export type SizeRule =
  | { kind: 'area'; minArea: number; maxArea: number }
  | { kind: 'list'; sizes: ReadonlyArray<readonly [width: number, height: number]> }
  /** Each side a multiple of 64 within min..max, whatever the area (v1's stable-diffusion-v1-6). */
  | { kind: 'sides'; min: number; max: number };

export interface CatalogueEngine {
  id: string;
  name: string;
  description: string;
  rule: SizeRule;
  /** v1's size when a request sends none; absent = 512×512 (v1alpha always uses 512×512). */
  defaultSize?: readonly [width: number, height: number];
}

/**
 * Which API's codes a size problem carries: v1alpha says `invalid_height_or_width` / `invalid_pixel_count`;
 * v1 says `invalid_sdxl_v1_dimensions` for the SDXL list and `invalid_height_or_width` for everything else.
 */
export type SizeCodes = 'v1alpha' | 'v1';

const AREA_512: SizeRule = { kind: 'area', minArea: 262_144, maxArea: 1_048_576 };

export const ENGINE_CATALOGUE: readonly CatalogueEngine[] = [
  {
    id: 'stable-diffusion-v1-5',
    name: 'Stable Diffusion v1.5',
    description: 'Stability-AI Stable Diffusion v1.5',
    rule: AREA_512,
  },
  {
    id: 'stable-diffusion-512-v2-1',
    name: 'Stable Diffusion v2.1-base',
    description: 'Stability-AI Stable Diffusion v2.1-base',
    rule: AREA_512,
  },
  {
    id: 'stable-diffusion-768-v2-1',
    name: 'Stable Diffusion v2.1',
    description: 'Stability-AI Stable Diffusion v2.1',
    rule: { kind: 'area', minArea: 589_824, maxArea: 1_048_576 },
    defaultSize: [768, 768],
  },
  {
    id: 'stable-inpainting-512-v2-0',
    name: 'Stable Inpainting v2.0',
    description: 'Stability-AI Stable Inpainting v2.0',
    rule: AREA_512,
  },
  {
    id: 'stable-diffusion-xl-1024-v1-0',
    name: 'Stable Diffusion XL v1.0',
    description: 'Stability-AI Stable Diffusion XL v1.0',
    rule: {
      kind: 'list',
      sizes: [
        [1024, 1024],
        [1152, 896],
        [896, 1152],
        [1216, 832],
        [832, 1216],
        [1344, 768],
        [768, 1344],
        [1536, 640],
        [640, 1536],
      ],
    },
    defaultSize: [1024, 1024],
  },
];

/** The generation engines of v1: v1alpha's, and Stable Diffusion v1.6 first (v1's headline engine). */
export const V1_ENGINE_CATALOGUE: readonly CatalogueEngine[] = [
  {
    id: 'stable-diffusion-v1-6',
    name: 'Stable Diffusion v1.6',
    description: 'Stability-AI Stable Diffusion v1.6',
    rule: { kind: 'sides', min: 320, max: 1536 },
  },
  ...ENGINE_CATALOGUE,
];

/**
 * v1's upscale engines: they take only `/image-to-image/upscale` and have no generation size rule (the
 * upscale limits are UPSCALE_LIMITS). Listed by `/v1/engines/list` with the generation engines.
 */
export const UPSCALE_ENGINES: ReadonlyArray<Omit<CatalogueEngine, 'rule'>> = [
  {
    id: UPSCALE_ENGINE_ID,
    name: 'Real-ESRGAN x2',
    description: 'Real-ESRGAN_x2plus upscaler model',
  },
];

/** The engine the studio selects first and the engine's docs use in examples. */
export const DEFAULT_ENGINE_ID = 'stable-diffusion-v1-5';

/** The engine with this id in `catalogue` (v1alpha's by default). */
export function findCatalogueEngine(
  engineId: string,
  catalogue: readonly CatalogueEngine[] = ENGINE_CATALOGUE,
): CatalogueEngine | undefined {
  return catalogue.find((e) => e.id === engineId);
}

/** An engine's size rule: engine ids mean the same engine in every API, so v1's catalogue (a superset) is read. */
export function sizeRuleFor(engineId: string): SizeRule {
  return findCatalogueEngine(engineId, V1_ENGINE_CATALOGUE)?.rule ?? AREA_512;
}

/** Whether an engine is SDXL-class: it takes only its listed sizes (v1 gives it 30 steps and its own size code). */
export function isSdxlEngine(engineId: string): boolean {
  return sizeRuleFor(engineId).kind === 'list';
}

/** v1's size for a request that sends none (SDXL: 1024×1024); v1alpha always uses DEFAULTS' 512×512. */
export function defaultSizeFor(engineId: string): { width: number; height: number } {
  const [width, height] = findCatalogueEngine(engineId, V1_ENGINE_CATALOGUE)?.defaultSize ?? [512, 512];
  return { width, height };
}

export interface SizeProblem {
  code: Extract<
    BadRequestCode,
    'invalid_height_or_width' | 'invalid_pixel_count' | 'invalid_sdxl_v1_dimensions'
  >;
  message: string;
}

/**
 * Checks one width×height against an engine's rule; `null` when the size is accepted. `codes` picks the
 * API whose error codes the problem carries (the messages are the same).
 */
export function checkSize(
  engineId: string,
  width: number,
  height: number,
  codes: SizeCodes = 'v1alpha',
): SizeProblem | null {
  const problem = findSizeProblem(engineId, width, height, codes);
  if (!problem || codes === 'v1alpha') return problem;
  return {
    ...problem,
    code: isSdxlEngine(engineId) ? 'invalid_sdxl_v1_dimensions' : 'invalid_height_or_width',
  };
}

function listMessage(
  engineId: string,
  sizes: ReadonlyArray<readonly [number, number]>,
  w: number,
  h: number,
) {
  return `${engineId} accepts only ${sizes.map(([a, b]) => `${a}×${b}`).join(', ')} (got ${w}×${h})`;
}

function findSizeProblem(
  engineId: string,
  width: number,
  height: number,
  codes: SizeCodes,
): SizeProblem | null {
  const { sizeStep, sideMin } = LIMITS;
  const rule = sizeRuleFor(engineId);
  // v1 answers any SDXL size outside its list with the list itself, multiples of 64 or not.
  if (codes === 'v1' && rule.kind === 'list' && !rule.sizes.some(([w, h]) => w === width && h === height)) {
    return { code: 'invalid_pixel_count', message: listMessage(engineId, rule.sizes, width, height) };
  }
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width % sizeStep !== 0 ||
    height % sizeStep !== 0
  ) {
    return {
      code: 'invalid_height_or_width',
      message: `Height and width must be specified in increments of ${sizeStep} (got ${width}×${height})`,
    };
  }
  if (rule.kind === 'list') {
    if (!rule.sizes.some(([w, h]) => w === width && h === height)) {
      return { code: 'invalid_pixel_count', message: listMessage(engineId, rule.sizes, width, height) };
    }
    return null;
  }
  if (rule.kind === 'sides') {
    if (width < rule.min || height < rule.min || width > rule.max || height > rule.max) {
      return {
        code: 'invalid_height_or_width',
        message: `${engineId} needs each side from ${rule.min} to ${rule.max} (got ${width}×${height})`,
      };
    }
    return null;
  }
  if (width < sideMin || height < sideMin) {
    return {
      code: 'invalid_height_or_width',
      message: `Height and width must each be at least ${sideMin} (got ${width}×${height})`,
    };
  }
  const area = width * height;
  if (area < rule.minArea || area > rule.maxArea) {
    return {
      code: 'invalid_pixel_count',
      message: `${engineId} needs between ${rule.minArea.toLocaleString('en-US')} and ${rule.maxArea.toLocaleString('en-US')} pixels (got ${width}×${height} = ${area.toLocaleString('en-US')})`,
    };
  }
  return null;
}

/** Whether a size satisfies a rule: the same decision as checkSize, without building messages. */
function fitsRule(rule: SizeRule, width: number, height: number): boolean {
  if (width % LIMITS.sizeStep !== 0 || height % LIMITS.sizeStep !== 0) return false;
  if (rule.kind === 'list') return rule.sizes.some(([w, h]) => w === width && h === height);
  if (rule.kind === 'sides')
    return width >= rule.min && height >= rule.min && width <= rule.max && height <= rule.max;
  if (width < LIMITS.sideMin || height < LIMITS.sideMin) return false;
  const area = width * height;
  return area >= rule.minArea && area <= rule.maxArea;
}

// Pickers ask for these on every render; computing them walks ~16k candidates, so keep one list per engine.
const validSizesCache = new Map<string, ReadonlyArray<readonly [number, number]>>();

/** Every size the engine accepts (multiples of 64), for pickers and "nearest valid size" searches. */
export function validSizes(engineId: string): Array<[number, number]> {
  let sizes = validSizesCache.get(engineId);
  if (!sizes) {
    const rule = sizeRuleFor(engineId);
    const found: Array<readonly [number, number]> = [];
    if (rule.kind === 'list') {
      found.push(...rule.sizes);
    } else if (rule.kind === 'sides') {
      for (let w = rule.min; w <= rule.max; w += LIMITS.sizeStep) {
        for (let h = rule.min; h <= rule.max; h += LIMITS.sizeStep) found.push([w, h]);
      }
    } else {
      const maxSide = Math.floor(rule.maxArea / LIMITS.sideMin / LIMITS.sizeStep) * LIMITS.sizeStep;
      for (let w = LIMITS.sideMin; w <= maxSide; w += LIMITS.sizeStep) {
        for (let h = LIMITS.sideMin; h <= maxSide; h += LIMITS.sizeStep) {
          if (fitsRule(rule, w, h)) found.push([w, h]);
        }
      }
    }
    sizes = found;
    validSizesCache.set(engineId, sizes);
  }
  // A fresh array of fresh pairs, so callers can sort or mutate without touching the cache.
  return sizes.map(([w, h]) => [w, h]);
}

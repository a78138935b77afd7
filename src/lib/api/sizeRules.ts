import { LIMITS, type BadRequestCode } from './wire.ts';

/**
 * Engine size rules (shared/API.md, "Engine size rules"). Engines not in the catalogue
 * (e.g. ones the real API lists) are checked with the generic 512-class rule.
 */
export type SizeRule =
  | { kind: 'area'; minArea: number; maxArea: number }
  | { kind: 'list'; sizes: ReadonlyArray<readonly [width: number, height: number]> };

export interface CatalogueEngine {
  id: string;
  name: string;
  description: string;
  rule: SizeRule;
}

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
  },
];

/** The engine the studio selects first and the engine's docs use in examples. */
export const DEFAULT_ENGINE_ID = 'stable-diffusion-v1-5';

export function findCatalogueEngine(engineId: string): CatalogueEngine | undefined {
  return ENGINE_CATALOGUE.find((e) => e.id === engineId);
}

export function sizeRuleFor(engineId: string): SizeRule {
  return findCatalogueEngine(engineId)?.rule ?? AREA_512;
}

export interface SizeProblem {
  code: Extract<BadRequestCode, 'invalid_height_or_width' | 'invalid_pixel_count'>;
  message: string;
}

/** Checks one width×height against an engine's rule; `null` when the size is accepted. */
export function checkSize(engineId: string, width: number, height: number): SizeProblem | null {
  const { sizeStep, sideMin } = LIMITS;
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
  const rule = sizeRuleFor(engineId);
  if (rule.kind === 'list') {
    if (!rule.sizes.some(([w, h]) => w === width && h === height)) {
      return {
        code: 'invalid_pixel_count',
        message: `${engineId} accepts only ${rule.sizes.map(([w, h]) => `${w}×${h}`).join(', ')} (got ${width}×${height})`,
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

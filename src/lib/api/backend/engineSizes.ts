import { checkSize, validSizes } from '../sizeRules.ts';
import type { BackendInfo, SizeCapability } from './Backend.ts';
import type { GenerationMode } from './GenerationRequest.ts';

/**
 * The sizes one engine accepts, as the panel's size presets and the canvas's "Image size" dialog read them:
 * neither knows a size rule, they ask this.
 */
export interface EngineSizes {
  engineId: string;
  /** Why the engine refuses this size (its own sentence), or null when it takes it. */
  problem(width: number, height: number): string | null;
  /** Every accepted size (a fresh array; computed once per engine). */
  all(): Array<[number, number]>;
  /** The pixel count the engine is made for: its list's first size, else the least area it takes. */
  nativeArea: number;
}

/** Largest side the crop/resize suggestions of an `input` rule go to (its rule may allow far more). */
const SUGGESTION_SIDE_MAX = 4096;
/** Step of those suggestions: multiples of 64, as every model's latent grid divides evenly. */
const SUGGESTION_STEP = 64;

/** The sizes of an `input` rule: its own test, and a grid of sizes it accepts for crop/resize to aim at. */
function inputSizes(size: Extract<SizeCapability, { kind: 'input' }>): EngineSizes {
  return {
    engineId: size.name,
    problem: size.problem,
    all: () => grid().filter(([w, h]) => size.problem(w, h) === null),
    nativeArea: size.nativeArea,
  };
}

function grid(): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = SUGGESTION_STEP; w <= SUGGESTION_SIDE_MAX; w += SUGGESTION_STEP)
    for (let h = SUGGESTION_STEP; h <= SUGGESTION_SIDE_MAX; h += SUGGESTION_STEP) out.push([w, h]);
  return out;
}

/**
 * The sizes `engineId` takes in `mode` under `backend`: an explicit size rule's, or an input-image rule's
 * (v2beta); `null` when the API chooses sizes another way (an aspect ratio) or the mode has no size rule.
 */
export function engineSizes(
  backend: BackendInfo,
  engineId: string,
  mode: GenerationMode = 'text-to-image',
): EngineSizes | null {
  const size = backend.fields(engineId, mode).size;
  if (size?.kind === 'input') return inputSizes(size);
  if (size?.kind !== 'explicit') return null;
  const { rule } = size;
  const first = rule.kind === 'list' ? rule.sizes[0] : undefined;
  return {
    engineId,
    problem: (width, height) => checkSize(engineId, width, height)?.message ?? null,
    all: () => validSizes(engineId),
    nativeArea:
      rule.kind === 'list'
        ? first
          ? first[0] * first[1]
          : 1024 * 1024
        : // A sides-only rule (v1's stable-diffusion-v1-6) is made for 512×512, its default size.
          rule.kind === 'sides'
          ? 512 * 512
          : rule.minArea,
  };
}

import { PARAM_DEFAULTS } from '../../lib/api/studio';
import {
  defaultOptions,
  isClipPreset,
  isMaskSource,
  isSampler,
  newPromptId,
  type GenerationOptions,
  type PromptRow,
} from './generationOptions';

/** Version of the persisted options blob. Bump it with a step in {@link migrateOptions}. */
export const OPTIONS_VERSION = 1;

type Loose = Record<string, unknown>;

const asObject = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Loose) : {});
/** Persisted numbers come back as `null` when they were NaN (JSON); fall back to the default then. */
const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/**
 * Reads persisted options (any version, or hand-edited junk) into today's shape, field by field, so a
 * bad value resets only itself. Version 1 is the first; later versions add their steps here keyed on
 * `version`. A blob without `prompts` but with `prompt` / `negativePrompt` strings (the flat shape
 * most other studios use) becomes a positive and a negative row.
 */
export function migrateOptions(persisted: unknown, version: number): GenerationOptions {
  const p = asObject(persisted);
  const d = defaultOptions();
  // No shape change yet between versions; `version` is where future steps will branch.
  void version;
  const prompts = Array.isArray(p.prompts) ? promptsFromRows(p.prompts) : promptsFromFlat(p);
  return {
    prompts: prompts.length > 0 ? prompts : d.prompts,
    engineId: typeof p.engineId === 'string' && p.engineId !== '' ? p.engineId : d.engineId,
    width: num(p.width, d.width),
    height: num(p.height, d.height),
    steps: num(p.steps, d.steps),
    cfgScale: num(p.cfgScale, d.cfgScale),
    sampler: isSampler(p.sampler) ? p.sampler : null,
    clipGuidancePreset: isClipPreset(p.clipGuidancePreset) ? p.clipGuidancePreset : d.clipGuidancePreset,
    samples: num(p.samples, d.samples),
    seed: num(p.seed, d.seed),
    imageStrength: num(p.imageStrength, d.imageStrength),
    stepScheduleEnd: num(p.stepScheduleEnd, d.stepScheduleEnd),
    maskSource: isMaskSource(p.maskSource) ? p.maskSource : d.maskSource,
    // Added with v1; older blobs have none. Whether the chosen API knows it is the request's business.
    stylePreset: typeof p.stylePreset === 'string' && p.stylePreset !== '' ? p.stylePreset : null,
    // Added with v2beta; older blobs take the defaults.
    aspectRatio: typeof p.aspectRatio === 'string' && p.aspectRatio !== '' ? p.aspectRatio : d.aspectRatio,
    growMask: num(p.growMask, d.growMask),
    maskAction: p.maskAction === 'erase' ? 'erase' : 'inpaint',
  };
}

function promptsFromFlat(p: Loose): PromptRow[] {
  const rows: PromptRow[] = [];
  if (typeof p.prompt === 'string')
    rows.push({ id: newPromptId(), text: p.prompt, weight: PARAM_DEFAULTS.weight });
  if (typeof p.negativePrompt === 'string' && p.negativePrompt.trim() !== '') {
    rows.push({ id: newPromptId(), text: p.negativePrompt, weight: -1 });
  }
  return rows;
}

function promptsFromRows(v: unknown): PromptRow[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((item): PromptRow[] => {
    const r = asObject(item);
    if (typeof r.text !== 'string') return [];
    return [
      {
        id: typeof r.id === 'string' && r.id !== '' ? r.id : newPromptId(),
        text: r.text,
        weight: num(r.weight, PARAM_DEFAULTS.weight),
      },
    ];
  });
}

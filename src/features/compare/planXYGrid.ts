import {
  DEFAULT_ENGINE_ID,
  LIMITS,
  SAMPLERS,
  validateOptions,
  type GenerationMode,
  type ValidationContext,
  type WireGenerationOptions,
} from '../../lib/api';
import type { AxisKind } from './parseAxisValues';
import {
  formatCfg,
  formatImageStrength,
  formatSeed,
  formatSteps,
  startFromImageStrength,
} from './recipeLabels';
import { MAX_SWEEP_SEEDS, groupConsecutiveSeeds, isSweepSeed } from './seedRuns';

export interface XYAxis {
  kind: AxisKind;
  /** For prompt_sr: the search word first (it is also the first row, as A1111's Prompt S/R), then replacements. */
  values: string[];
}

export interface XYGridInput {
  options: WireGenerationOptions;
  mode: GenerationMode;
  /** The X axis: one column per seed. */
  seeds: number[];
  /** The Y axis: one row per value. */
  axis: XYAxis;
  /** Engine, init image size and mask presence, so cells are validated as the engine will. */
  context?: Omit<ValidationContext, 'mode'>;
  /** Consecutive seeds of a row share one request up to this many (the contract's samples max). */
  maxSamplesPerRequest?: number;
}

export interface XYCell {
  row: number;
  col: number;
  seed: number;
  options: WireGenerationOptions;
}

/** One request of the grid: a row, the columns it fills, and the seed of each artifact in order. */
export interface XYRequest {
  row: number;
  cols: number[];
  options: WireGenerationOptions;
  seeds: number[];
}

export interface XYGridPlan {
  rows: number;
  cols: number;
  rowLabels: string[];
  colLabels: string[];
  cells: XYCell[];
  requests: XYRequest[];
  /** Empty when the grid can run; otherwise what to fix, one message per problem. */
  errors: string[];
}

/** Most cells in one grid; beyond it the job is too long to watch and the PNG too large to share. */
export const MAX_GRID_CELLS = 100;

/** Applies one Y value to the recipe, with the row's label; an error string when the value is unusable. */
function applyAxis(
  options: WireGenerationOptions,
  axis: XYAxis,
  value: string,
): { options: WireGenerationOptions; label: string } | string {
  const n = Number(value);
  const numeric = axis.kind === 'cfg_scale' || axis.kind === 'steps' || axis.kind === 'image_strength';
  if (numeric && (value.trim() === '' || !Number.isFinite(n))) return `“${value}” is not a number`;
  switch (axis.kind) {
    case 'cfg_scale':
      return { options: { ...options, cfg_scale: n }, label: formatCfg(n) };
    case 'steps':
      return { options: { ...options, steps: n }, label: formatSteps(n) };
    case 'image_strength':
      return {
        options: { ...options, step_schedule_start: startFromImageStrength(n) },
        label: formatImageStrength(n),
      };
    case 'sampler': {
      const sampler = SAMPLERS.find((s) => s === value);
      if (!sampler) return `Unknown sampler “${value}”`;
      return { options: { ...options, sampler }, label: sampler };
    }
    case 'prompt_sr': {
      const search = axis.values[0] ?? '';
      const text_prompts = options.text_prompts.map((p) => ({
        ...p,
        text: p.text.split(search).join(value),
      }));
      return { options: { ...options, text_prompts }, label: `“${value}”` };
    }
  }
}

/**
 * Plans an X/Y grid: seeds across, one parameter down. Every cell's options are validated with the wire
 * contract's validateOptions, and problems come back in `errors` so nothing is sent that would fail.
 */
export function planXYGrid(input: XYGridInput): XYGridPlan {
  const { options, mode, seeds, axis } = input;
  const errors: string[] = [];
  if (seeds.length === 0) errors.push('Give at least one seed');
  const badSeed = seeds.find((s) => !isSweepSeed(s));
  if (badSeed !== undefined) errors.push(`Seed ${badSeed} is outside 1–${LIMITS.seedMax}`);
  if (seeds.length > MAX_SWEEP_SEEDS) errors.push(`At most ${MAX_SWEEP_SEEDS} seeds`);
  if (axis.values.length === 0) errors.push('Give at least one Y value');
  if (axis.kind === 'prompt_sr') {
    const search = axis.values[0] ?? '';
    if (search === '' || !options.text_prompts.some((p) => p.text.includes(search))) {
      errors.push(`The search word “${search}” does not appear in the prompt`);
    }
  }
  const cellCount = seeds.length * axis.values.length;
  if (cellCount > MAX_GRID_CELLS) errors.push(`${cellCount} cells is too many; at most ${MAX_GRID_CELLS}`);

  const ctx: ValidationContext = { engineId: DEFAULT_ENGINE_ID, ...input.context, mode };
  const rowLabels: string[] = [];
  const cells: XYCell[] = [];
  const requests: XYRequest[] = [];
  const maxRun = Math.min(input.maxSamplesPerRequest ?? LIMITS.samplesMax, LIMITS.samplesMax);
  axis.values.forEach((value, row) => {
    const applied = applyAxis(options, axis, value);
    if (typeof applied === 'string') {
      errors.push(applied);
      rowLabels.push(value);
      return;
    }
    rowLabels.push(applied.label);
    const check = validateOptions({ ...applied.options, seed: seeds[0] ?? 1, samples: 1 }, ctx);
    if (!check.ok) for (const issue of check.issues) errors.push(`${applied.label}: ${issue.message}`);
    seeds.forEach((seed, col) =>
      cells.push({ row, col, seed, options: { ...applied.options, seed, samples: 1 } }),
    );
    let col = 0;
    for (const run of groupConsecutiveSeeds(seeds, Math.max(1, maxRun))) {
      const cols = run.map((_, i) => col + i);
      col += run.length;
      requests.push({
        row,
        cols,
        seeds: run,
        options: { ...applied.options, seed: run[0], samples: run.length },
      });
    }
  });
  return {
    rows: axis.values.length,
    cols: seeds.length,
    rowLabels,
    colLabels: seeds.map(formatSeed),
    cells,
    requests,
    errors: [...new Set(errors)],
  };
}

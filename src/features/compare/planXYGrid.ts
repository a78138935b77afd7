import type { GenerationParams, GenerationRequest, ValidationIssue } from '../../lib/api/studio';
import { NO_STYLE, type AxisKind } from './parseAxisValues';
import { formatCfg, formatImageStrength, formatSeed, formatSteps } from './recipeLabels';
import { MAX_SWEEP_SEEDS, SWEEP_SEED_MIN, groupConsecutiveSeeds, isSweepSeed } from './seedRuns';

export interface XYAxis {
  kind: AxisKind;
  /** For promptSR: the search word first (it is also the first row, as A1111's Prompt S/R), then replacements. */
  values: string[];
}

export interface XYGridInput {
  /** The current recipe as one request: its API, mode, engine, images and params. */
  request: GenerationRequest;
  /** The X axis: one column per seed. */
  seeds: number[];
  /** The Y axis: one row per value. */
  axis: XYAxis;
  /** The API's rules, so every row is checked as the engine will check it (none: not checked). */
  validate?: (request: GenerationRequest) => ValidationIssue[];
  /** Consecutive seeds of a row share one request up to this many (the API's per-request maximum). */
  maxSamplesPerRequest?: number;
  /** The API's largest seed. */
  seedMax: number;
}

export interface XYCell {
  row: number;
  col: number;
  seed: number;
  params: GenerationParams;
}

/** One request of the grid: a row, the columns it fills, and the seed of each artifact in order. */
export interface XYRequest {
  row: number;
  cols: number[];
  params: GenerationParams;
  seeds: number[];
  /** The row's engine, on an engine axis (else the recipe's). */
  engineId?: string;
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
  params: GenerationParams,
  axis: XYAxis,
  value: string,
): { params: GenerationParams; label: string; engineId?: string } | string {
  const n = Number(value);
  const numeric = axis.kind === 'cfgScale' || axis.kind === 'steps' || axis.kind === 'imageStrength';
  if (numeric && (value.trim() === '' || !Number.isFinite(n))) return `“${value}” is not a number`;
  switch (axis.kind) {
    case 'cfgScale':
      return { params: { ...params, cfgScale: n }, label: formatCfg(n) };
    case 'steps':
      return { params: { ...params, steps: n }, label: formatSteps(n) };
    case 'imageStrength':
      return { params: { ...params, imageStrength: n }, label: formatImageStrength(n) };
    case 'sampler':
      return { params: { ...params, sampler: value }, label: value };
    case 'engineId':
      return { params, label: value, engineId: value };
    case 'stylePreset': {
      const { stylePreset: _old, ...rest } = params;
      return value === NO_STYLE
        ? { params: rest, label: 'no style' }
        : { params: { ...rest, stylePreset: value }, label: value };
    }
    case 'promptSR': {
      const search = axis.values[0] ?? '';
      const prompts = params.prompts.map((p) => ({ ...p, text: p.text.split(search).join(value) }));
      return { params: { ...params, prompts }, label: `“${value}”` };
    }
  }
}

/**
 * Plans an X/Y grid: seeds across, one parameter down. Every row is checked with the API's own rules, and
 * problems come back in `errors` so nothing is sent that would fail.
 */
export function planXYGrid(input: XYGridInput): XYGridPlan {
  const { request, seeds, axis } = input;
  const params = request.params;
  const errors: string[] = [];
  if (seeds.length === 0) errors.push('Give at least one seed');
  const badSeed = seeds.find((s) => !isSweepSeed(s, input.seedMax));
  if (badSeed !== undefined) errors.push(`Seed ${badSeed} is outside ${SWEEP_SEED_MIN}–${input.seedMax}`);
  if (seeds.length > MAX_SWEEP_SEEDS) errors.push(`At most ${MAX_SWEEP_SEEDS} seeds`);
  if (axis.values.length === 0) errors.push('Give at least one Y value');
  if (axis.kind === 'promptSR') {
    const search = axis.values[0] ?? '';
    if (search === '' || !params.prompts.some((p) => p.text.includes(search))) {
      errors.push(`The search word “${search}” does not appear in the prompt`);
    }
  }
  const cellCount = seeds.length * axis.values.length;
  if (cellCount > MAX_GRID_CELLS) errors.push(`${cellCount} cells is too many; at most ${MAX_GRID_CELLS}`);

  const rowLabels: string[] = [];
  const cells: XYCell[] = [];
  const requests: XYRequest[] = [];
  const maxRun = Math.max(1, input.maxSamplesPerRequest ?? 1);
  axis.values.forEach((value, row) => {
    const applied = applyAxis(params, axis, value);
    if (typeof applied === 'string') {
      errors.push(applied);
      rowLabels.push(value);
      return;
    }
    rowLabels.push(applied.label);
    const engineId = applied.engineId ?? request.engineId;
    const probe = { ...request, engineId, params: { ...applied.params, seed: seeds[0] ?? 1, samples: 1 } };
    for (const issue of input.validate?.(probe) ?? []) errors.push(`${applied.label}: ${issue.message}`);
    seeds.forEach((seed, col) =>
      cells.push({ row, col, seed, params: { ...applied.params, seed, samples: 1 } }),
    );
    let col = 0;
    for (const run of groupConsecutiveSeeds(seeds, maxRun)) {
      const cols = run.map((_, i) => col + i);
      col += run.length;
      requests.push({
        row,
        cols,
        seeds: run,
        params: { ...applied.params, seed: run[0], samples: run.length },
        ...(applied.engineId ? { engineId: applied.engineId } : {}),
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

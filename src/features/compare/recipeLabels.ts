import { DEFAULTS } from '../../lib/api';

/** Rounds away float noise (1 − 0.35 = 0.65000…01) before a number is shown. */
export function tidyNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Image strength as DreamStudio and Stability's v1 REST API name it: how much the init image shows,
 * `1 − step_schedule_start` (API.md: start 0 returns the init image).
 */
export function imageStrengthFromStart(stepScheduleStart: number | undefined): number {
  return tidyNumber(1 - (stepScheduleStart ?? DEFAULTS.step_schedule_start));
}

export function startFromImageStrength(strength: number): number {
  return tidyNumber(1 - strength);
}

export const formatCfg = (v: number): string => `CFG ${tidyNumber(v)}`;
export const formatSteps = (v: number): string => `steps ${v}`;
export const formatImageStrength = (v: number): string => `image strength ${tidyNumber(v)}`;
export const formatSeed = (v: number): string => `Seed ${v}`;

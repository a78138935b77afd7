/** Rounds away float noise (1 − 0.35 = 0.65000…01) before a number is shown. */
export function tidyNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export const formatCfg = (v: number): string => `CFG ${tidyNumber(v)}`;
export const formatSteps = (v: number): string => `steps ${v}`;
export const formatImageStrength = (v: number): string => `image strength ${tidyNumber(v)}`;
export const formatSeed = (v: number): string => `Seed ${v}`;

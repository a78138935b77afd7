/** `aspect_ratio` (§2.3), widest first as the spec lists them; default `1:1`. */
export const V2BETA_ASPECT_RATIOS = [
  '21:9',
  '16:9',
  '3:2',
  '5:4',
  '1:1',
  '4:5',
  '2:3',
  '9:16',
  '9:21',
] as const;
export type V2betaAspectRatio = (typeof V2BETA_ASPECT_RATIOS)[number];

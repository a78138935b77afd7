import { V2BETA_ASPECT_RATIOS, type V2betaAspectRatio, type V2betaEndpoint } from './vocabulary.ts';

/** A picture's size in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * Where a size in the tables comes from: a live `observed` result (LB/K, §4 and §7), the spec's own
 * statement (`spec`), or the `stand-in` of §10.7 for the ratios nobody has measured (unverified).
 */
export type SizeSource = 'observed' | 'spec' | 'stand-in';

export interface TableSize extends PixelSize {
  source: SizeSource;
}

type GenerateEndpoint = 'generate/ultra' | 'generate/core' | 'generate/sd3';

/** The ~1 MP ladder of §10.7 (multiples of 64, the SDXL-era sizes): 16:9 → 1344×768 is the one observed. */
const LADDER_1MP: Readonly<Record<V2betaAspectRatio, readonly [number, number]>> = {
  '21:9': [1536, 640],
  '16:9': [1344, 768],
  '3:2': [1216, 832],
  '5:4': [1152, 896],
  '1:1': [1024, 1024],
  '4:5': [896, 1152],
  '2:3': [832, 1216],
  '9:16': [768, 1344],
  '9:21': [640, 1536],
};

/** Core gives 1536×1536 at 1:1 (observed twice, §4.2); its other ratios are the 1 MP ladder × 1.5 (stand-in). */
const CORE_SCALE = 1.5;

/** Which table entries someone has actually seen (§4.1–4.3, §7); everything else is a stand-in. */
const KNOWN: Readonly<Record<GenerateEndpoint, Partial<Record<V2betaAspectRatio, SizeSource>>>> = {
  'generate/ultra': { '1:1': 'spec', '16:9': 'observed' },
  'generate/core': { '1:1': 'observed' },
  'generate/sd3': { '1:1': 'observed', '16:9': 'observed' },
};

function table(endpoint: GenerateEndpoint, scale: number): Readonly<Record<V2betaAspectRatio, TableSize>> {
  return Object.fromEntries(
    V2BETA_ASPECT_RATIOS.map((ratio) => {
      const [w, h] = LADDER_1MP[ratio];
      return [ratio, { width: w * scale, height: h * scale, source: KNOWN[endpoint][ratio] ?? 'stand-in' }];
    }),
  ) as Record<V2betaAspectRatio, TableSize>;
}

/**
 * Text-to-image output size for every generate endpoint × aspect ratio (§7). Ultra and every SD 3.5 model
 * share the 1 MP ladder; Core is 1.5× it. Entries marked `stand-in` are unverified (§10.7).
 */
export const V2BETA_TEXT_TO_IMAGE_SIZES: Readonly<
  Record<GenerateEndpoint, Readonly<Record<V2betaAspectRatio, TableSize>>>
> = {
  'generate/ultra': table('generate/ultra', 1),
  'generate/core': table('generate/core', CORE_SCALE),
  'generate/sd3': table('generate/sd3', 1),
};

/**
 * Image-to-image output (Ultra with `image`, sd3 `image-to-image`): the 1 MP ladder entry whose aspect is
 * closest to the input's (observed: 1536×1536 → 1024×1024 for both). Decided: the input's aspect picks the
 * entry, so a request never needs `aspect_ratio` (sd3 refuses it there).
 */
export function imageToImageSize(input: PixelSize): PixelSize {
  const aspect = Math.log(input.width / input.height);
  let best: V2betaAspectRatio = '1:1';
  let bestDistance = Infinity;
  for (const ratio of V2BETA_ASPECT_RATIOS) {
    const [w, h] = LADDER_1MP[ratio];
    const distance = Math.abs(Math.log(w / h) - aspect);
    if (distance < bestDistance) {
      best = ratio;
      bestDistance = distance;
    }
  }
  const [width, height] = LADDER_1MP[best];
  return { width, height };
}

/** Outpaint extensions in pixels (§4.5). */
export interface OutpaintExtents {
  left: number;
  right: number;
  up: number;
  down: number;
}

/** Outpaint output: the input plus its extensions (observed: 1536² with left = right = 256 → 2048×1536). */
export function outpaintSize(input: PixelSize, e: OutpaintExtents): PixelSize {
  return { width: input.width + e.left + e.right, height: input.height + e.up + e.down };
}

/** upscale/fast: 4× each side (observed 512² → 2048²), capped at 16 MP (4096², never reached by its input rule). */
export const FAST_UPSCALE = { factor: 4, maxOutputPixels: 16_777_216 } as const;

export function fastUpscaleSize(input: PixelSize): PixelSize {
  const cap = Math.sqrt(FAST_UPSCALE.maxOutputPixels / (input.width * input.height));
  const factor = Math.min(FAST_UPSCALE.factor, cap);
  return { width: Math.floor(input.width * factor), height: Math.floor(input.height * factor) };
}

/**
 * upscale/conservative: to about 4 MP at the input's aspect (the spec's figure; decided over the one live
 * result, 512² → 3112², which nothing else confirms). Inputs already at or above 4 MP keep their size: an
 * upscale never shrinks.
 */
export const CONSERVATIVE_TARGET_PIXELS = 4_194_304;

export function conservativeUpscaleSize(input: PixelSize): PixelSize {
  const factor = Math.max(1, Math.sqrt(CONSERVATIVE_TARGET_PIXELS / (input.width * input.height)));
  return { width: Math.round(input.width * factor), height: Math.round(input.height * factor) };
}

/** What an output size depends on besides the endpoint. */
export interface OutputSizeInputs {
  aspectRatio?: V2betaAspectRatio;
  /** The `image` sent, when one is (edit, upscale, image-to-image). */
  image?: PixelSize;
  outpaint?: OutpaintExtents;
}

/**
 * The size of the picture an endpoint answers with (§7, decided per endpoint above): generate → the table
 * (or the image-to-image ladder when an image is sent), inpaint and erase → the input's size, outpaint → input
 * plus extensions, upscale → 4× or ~4 MP. `null` when the inputs it needs are missing.
 */
export function v2betaOutputSize(endpoint: V2betaEndpoint, inputs: OutputSizeInputs): PixelSize | null {
  const { image } = inputs;
  switch (endpoint) {
    case 'generate/ultra':
    case 'generate/core':
    case 'generate/sd3': {
      if (image && endpoint !== 'generate/core') return imageToImageSize(image);
      const { width, height } = V2BETA_TEXT_TO_IMAGE_SIZES[endpoint][inputs.aspectRatio ?? '1:1'];
      return { width, height };
    }
    case 'edit/inpaint':
    case 'edit/erase':
      return image ? { width: image.width, height: image.height } : null;
    case 'edit/outpaint':
      return image ? outpaintSize(image, inputs.outpaint ?? { left: 0, right: 0, up: 0, down: 0 }) : null;
    case 'upscale/fast':
      return image ? fastUpscaleSize(image) : null;
    case 'upscale/conservative':
      return image ? conservativeUpscaleSize(image) : null;
  }
}

import type { ModelInfo } from '../../backend/Backend.ts';
import type { GenerationMode } from '../../backend/GenerationRequest.ts';
import { V2BETA_ENDPOINT_CREDITS } from './credits.ts';
import { V2BETA_MODELS } from './models.ts';
import type { V2betaEndpoint } from './vocabulary.ts';

/** One entry of the studio's v2beta catalogue: a model, or an endpoint that has none (edit, upscale). */
export interface V2betaEngine extends ModelInfo {
  endpoint: V2betaEndpoint;
  credits: number;
}

const t2i: readonly GenerationMode[] = ['text-to-image'];
const both: readonly GenerationMode[] = ['text-to-image', 'image-to-image'];

/** An endpoint without a model: the studio names it as an engine so a recipe records what made it. */
const endpointEngine = (
  id: string,
  name: string,
  endpoint: Exclude<V2betaEndpoint, 'generate/sd3'>,
  mode: GenerationMode,
): V2betaEngine => ({
  id,
  name,
  description: endpoint,
  modes: [mode],
  endpoint,
  credits: V2BETA_ENDPOINT_CREDITS[endpoint],
});

/** The fast upscaler: ×4, no prompt, the cheap default of "Upscale". */
export const FAST_UPSCALER = 'upscale-fast';
/** The conservative upscaler: to about 4 MP, guided by a prompt ("Upscale with prompt"). */
export const PROMPT_UPSCALER = 'upscale-conservative';

/**
 * Every engine of the studio's v2beta backend: the six generation models (combobox "Engine" lists them,
 * each with its price), then the edit and upscale endpoints, which take no model and run in their own mode.
 */
export const V2BETA_ENGINES: readonly V2betaEngine[] = [
  ...V2BETA_MODELS.map((m) => ({
    id: m.id,
    name: m.name,
    description: m.description,
    modes: m.imageToImage ? both : t2i,
    endpoint: m.endpoint,
    credits: m.credits,
  })),
  endpointEngine('inpaint', 'Inpaint', 'edit/inpaint', 'masking'),
  endpointEngine('erase', 'Erase', 'edit/erase', 'erase'),
  endpointEngine('outpaint', 'Outpaint', 'edit/outpaint', 'outpaint'),
  endpointEngine(FAST_UPSCALER, 'Fast upscale ×4', 'upscale/fast', 'upscale'),
  endpointEngine(PROMPT_UPSCALER, 'Conservative upscale', 'upscale/conservative', 'upscale'),
];

/** The catalogue entry with this id. */
export function v2betaEngine(id: string): V2betaEngine | undefined {
  return V2BETA_ENGINES.find((e) => e.id === id);
}

/**
 * The engine a request in `mode` runs on: the chosen model for text-to-image and image-to-image; for the
 * other modes the endpoint's own entry (an upscale keeps a chosen upscaler, else the fast one).
 */
export function v2betaEngineFor(mode: GenerationMode, engineId: string): string {
  switch (mode) {
    case 'text-to-image':
    case 'image-to-image':
      return engineId;
    case 'masking':
      return 'inpaint';
    case 'erase':
    case 'outpaint':
      return mode;
    case 'upscale':
      return engineId === PROMPT_UPSCALER ? PROMPT_UPSCALER : FAST_UPSCALER;
  }
}

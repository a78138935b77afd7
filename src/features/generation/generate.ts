import { currentConnection } from '../settings';
import { buildGenerationRequest } from './buildGenerationRequest';
import type { GenerationOptions } from './generationOptions';
import { pickOptions, useOptionsStore } from './optionsStore';
import { run, type RunHandle } from './pipeline/run';
import type { SendInputs } from './region/regionInputs';

/** The positive prompts joined, for captions ("a red fox · autumn"). */
export function runLabel(options: Pick<GenerationOptions, 'prompts'>): string {
  return options.prompts
    .filter((p) => p.weight >= 0 && p.text.trim() !== '')
    .map((p) => p.text.trim())
    .join(' · ');
}

/**
 * Generate: the options as they are now and the canvas inputs read at the press, as one request of the
 * chosen API, through the pipeline. Its results name the gallery result their init image came from.
 */
export function generateFrom(canvas: SendInputs | null): RunHandle {
  const options = pickOptions(useOptionsStore.getState());
  const request = buildGenerationRequest(options, canvas, currentConnection().backendId);
  if (canvas?.pasteBack) request.pasteBack = canvas.pasteBack;
  return run(request, { label: runLabel(options), parentResultId: canvas?.parentResultId });
}

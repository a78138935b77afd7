import {
  loadBackendRuntime,
  type FieldSet,
  type GenerationRequest,
  type ValidationIssue,
} from '../../lib/api/studio';
import { currentConnection } from '../settings';
import { buildGenerationRequest } from './buildGenerationRequest';
import { canvasInputsNow } from './canvasExport';
import { pickOptions, useOptionsStore } from './optionsStore';

/** The current recipe as one request, with what planning its variants needs. */
export interface CurrentRequest {
  request: GenerationRequest;
  /** The fields of its API for its engine and mode: an X/Y grid offers only these on its axis. */
  fields: FieldSet;
  /** Credits a request costs by the API's price rule (all its samples): sweeps and grids show their total. */
  cost: (request: GenerationRequest) => number;
  /** The API's rules, so every cell of a grid is checked as the engine will check it. */
  validate: (request: GenerationRequest) => ValidationIssue[];
  /** Most pictures one request of the API returns (consecutive seeds share a request up to this). */
  maxSamplesPerRequest: number;
  /** The engines its mode can run on (an X/Y grid's engine axis picks among them). */
  engines: string[];
  /** The gallery result the canvas's init image came from. */
  parentResultId?: string;
}

/**
 * What Generate would send right now: the options store and the canvas's init image and mask. Sweeps and
 * grids start from it, so they run any mode with the same init image and mask.
 */
export async function currentRequest(): Promise<CurrentRequest> {
  const canvas = await canvasInputsNow();
  const { backend } = await loadBackendRuntime(currentConnection().backendId);
  // Sweeps and grids copy the request per cell, so every cell of an inpaint is pasted back too.
  const request = buildGenerationRequest(pickOptions(useOptionsStore.getState()), canvas, backend.id);
  if (canvas?.pasteBack) request.pasteBack = canvas.pasteBack;
  return {
    request,
    fields: backend.fields(request.engineId, request.mode),
    cost: backend.cost,
    validate: backend.validate,
    maxSamplesPerRequest: backend.capabilities.maxSamplesPerRequest,
    engines: backend.capabilities.catalogue.filter((e) => e.modes.includes(request.mode)).map((e) => e.id),
    parentResultId: canvas?.parentResultId,
  };
}

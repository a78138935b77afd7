import type { ModelInfo } from '../../backend/Backend.ts';
import type { GenerationMode } from '../../backend/GenerationRequest.ts';
import { z } from '../../zod.ts';
import { describeIssues, engineSchema } from '../../schemas.ts';
import { GENERATION_MODES } from './v1xInfo.ts';

/** Engine ids that name an upscaler on the real API (`esrgan-v1-x2plus`, `stable-diffusion-x4-latent-upscaler`). */
const UPSCALER = /esrgan|upscale/i;

/**
 * The studio's engine list from an API's engines: PICTURE engines only (other engine types must not
 * invalidate the whole list), each with the modes it serves: the catalogue's when the studio knows the
 * engine, else upscale for an upscaler's id and the generation modes for anything else.
 */
export function modelsOf(
  engines: ReadonlyArray<z.infer<typeof engineSchema>>,
  catalogue: readonly ModelInfo[],
): ModelInfo[] {
  return engines.flatMap((e): ModelInfo[] => {
    if (e.type !== 'PICTURE') return [];
    const known = catalogue.find((c) => c.id === e.id);
    const modes: readonly GenerationMode[] =
      known?.modes ?? (UPSCALER.test(e.id) ? ['upscale'] : GENERATION_MODES);
    return [{ id: e.id, name: e.name, description: e.description, modes }];
  });
}

/** v1alpha's `{engines: [...]}`. */
export const enginesObjectSchema = z.object({ engines: z.array(engineSchema) });
/** v1's bare array (shared/API.md §v1; reference/v1-2023.yaml `ListEnginesResponseBody`). */
export const enginesArraySchema = z.array(engineSchema);

type Engine = z.infer<typeof engineSchema>;

/** Reads an engine-list answer with `schema`, then keeps the engines the studio can use ({@link modelsOf}). */
export function decodeEngines<S extends z.ZodMiniType>(
  schema: S,
  json: unknown,
  enginesOf: (data: z.infer<S>) => readonly Engine[],
  catalogue: readonly ModelInfo[],
): { ok: true; models: ModelInfo[] } | { ok: false; issues: string } {
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.error) };
  return { ok: true, models: modelsOf(enginesOf(parsed.data), catalogue) };
}

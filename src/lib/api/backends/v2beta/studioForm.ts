import type { GenerationRequest } from '../../backend/GenerationRequest.ts';
import { V2BETA_FIELD_RULES } from './fieldRules.ts';
import { v2betaEngine } from './studioCatalogue.ts';
import { v2betaPrompts } from './studioPrompts.ts';
import type { V2betaEndpoint } from './vocabulary.ts';

/** One multipart part of a v2beta request: a text field (numbers as decimal strings), or an image file. */
export type V2betaPart = { name: string; value: string } | { name: 'image' | 'mask'; file: Blob };

/** A neutral request in v2beta's words: the endpoint and its parts, in the contract's field order. */
export interface V2betaForm {
  endpoint: V2betaEndpoint;
  parts: V2betaPart[];
}

/** Decimal text of a number, without binary noise (`1 − 0.7` is sent as `0.3`). */
const decimal = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * The wire form of a (normalized) request, or `null` when its engine is none of v2beta's. Every field the
 * request carries is offered; only those its endpoint reads are sent (V2BETA_FIELD_RULES, in that order), as
 * the service ignores the rest. The studio always asks for PNG (`output_format`), which the gallery stores;
 * `strength` is how much of the image changes, so it is `1 − imageStrength` (how much survives).
 */
export function v2betaForm(request: GenerationRequest): V2betaForm | null {
  const engine = v2betaEngine(request.engineId);
  if (!engine) return null;
  const { params: p, mode } = request;
  const imageMode = mode === 'image-to-image';
  const { prompt, negativePrompt } = v2betaPrompts(p.prompts);
  const text: Record<string, string | undefined> = {
    prompt: prompt || undefined,
    negative_prompt: negativePrompt || undefined,
    aspect_ratio: mode === 'text-to-image' ? p.aspectRatio : undefined,
    mode: imageMode ? 'image-to-image' : 'text-to-image',
    model: engine.id,
    strength: imageMode && p.imageStrength !== undefined ? decimal(1 - p.imageStrength) : undefined,
    seed: p.seed === undefined ? undefined : String(p.seed),
    output_format: 'png',
    style_preset: p.stylePreset,
    cfg_scale: p.cfgScale === undefined ? undefined : String(p.cfgScale),
    grow_mask: p.growMask === undefined ? undefined : String(p.growMask),
    creativity: p.creativity === undefined ? undefined : String(p.creativity),
    left: p.outpaint && String(p.outpaint.left),
    right: p.outpaint && String(p.outpaint.right),
    up: p.outpaint && String(p.outpaint.up),
    down: p.outpaint && String(p.outpaint.down),
  };
  const files = { image: request.initImage, mask: request.maskImage };
  const parts: V2betaPart[] = [];
  for (const [name, rule] of Object.entries(V2BETA_FIELD_RULES[engine.endpoint])) {
    if (rule.kind === 'file') {
      const file = files[name as 'image' | 'mask'];
      if (file) parts.push({ name: name as 'image' | 'mask', file });
      continue;
    }
    const value = text[name];
    if (value !== undefined) parts.push({ name, value });
  }
  return { endpoint: engine.endpoint, parts };
}

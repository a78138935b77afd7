import {
  engineSizes,
  type BackendInfo,
  type GenerationRequest,
  type ValidationIssue,
} from '../../lib/api/studio';
import type { ExtendRule } from '../canvas';
import { sizePresets } from './sizePresets';

/** Offered when the model names no aspect ratios of its own (a size rule with no list, no presets). */
const COMMON_RATIOS = ['1:1', '4:3', '3:2', '16:9', '3:4', '2:3', '9:16'] as const;

/** Stand-in bytes: validation looks at sizes and options, never at the image itself. */
const PLACEHOLDER = new Blob([]);

/**
 * What "Extend canvas" offers on `engineId` of `info` (the canvas knows no API): margins in the step of the
 * engine's size rule (64 for v1alpha/v1; any for v2beta, which takes any size within limits), presets for
 * the model's aspect ratios (v2beta's ratio list; an explicit rule's size presets), and, where the API has
 * an outpaint endpoint, that endpoint with the API's own verdict on the picture before and the margins
 * (`validate`, its rules once loaded; until then nothing is refused here and the panel checks before
 * sending). Pure.
 */
export function extendCanvasRule(
  info: BackendInfo,
  engineId: string,
  validate: ((request: GenerationRequest) => ValidationIssue[]) | null,
): ExtendRule {
  const inpaintSize = info.fields(engineId, 'masking').size;
  const step = inpaintSize?.kind === 'explicit' ? inpaintSize.step : 1;
  const t2i = info.fields(engineId, 'text-to-image').size;
  const sizes = t2i?.kind === 'explicit' ? engineSizes(info, engineId) : null;
  const ratios =
    t2i?.kind === 'aspect-ratio'
      ? t2i.ratios
      : sizes
        ? sizePresets(sizes).map((p) => p.label)
        : COMMON_RATIOS;
  if (!info.capabilities.modes.includes('outpaint')) return { step, ratios, outpaint: null };
  const outpaintAs = (before: { width: number; height: number }, m: ExtendMargins): GenerationRequest =>
    info.normalize({
      backend: info.id,
      mode: 'outpaint',
      engineId,
      params: { prompts: [], outpaint: { left: m.left, right: m.right, up: m.top, down: m.bottom } },
      initImage: PLACEHOLDER,
      initImageSize: before,
    });
  return {
    step,
    ratios,
    outpaint: {
      endpoint:
        outpaintAs({ width: 512, height: 512 }, { left: 1, right: 0, top: 0, bottom: 0 }).endpoint ??
        'outpaint',
      problem(before, margins) {
        const issues = validate?.(outpaintAs(before, margins)) ?? [];
        if (issues.length === 0) return null;
        const shown = `${before.width}×${before.height}`;
        return issues
          .map((i) =>
            i.field === 'initImage'
              ? `The ${shown} picture cannot be outpainted: ${i.message}.`
              : `Outpaint: ${i.message}.`,
          )
          .join(' ');
      },
    },
  };
}

type ExtendMargins = Parameters<NonNullable<ExtendRule['outpaint']>['problem']>[1];

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FieldSet, GenerationMode, PromptPreview } from '../../lib/api/studio';
import { useCanvasSummary, type CanvasInputs } from '../canvas';
import { useBackendRuntime, useSelectedBackend } from '../settings';
import { buildGenerationRequest } from './buildGenerationRequest';
import { issuesByField, type UiField } from './fieldIssues';
import { modeProblems, type CanvasModeState } from './generationMode';
import { pickOptions, useOptionsStore } from './optionsStore';
import { usePlannedSendSize } from './region/plannedRegion';

export interface OptionIssues {
  /** False until the chosen API's rules have loaded (they are no part of the first paint): "Checking…". */
  ready: boolean;
  ok: boolean;
  byField: Partial<Record<UiField, string[]>>;
  /** The endpoint Generate would use right now. */
  mode: GenerationMode;
  /** The engine it runs on: the chosen one, or the mode's own where the API has one (v2beta's inpaint). */
  engineId: string;
  /** What the prompts are sent as, where the API's prompt form differs from the rows (v2beta). */
  preview: PromptPreview | null;
  /** The options the chosen API has for this engine in this mode, with their ranges. */
  fields: FieldSet;
  /** What Generate would cost, in credits, by the API's price rule. */
  cost: number;
}

/** Shown above Generate while the canvas's "Image size" dialog waits for an answer. */
export const SIZE_DIALOG_OPEN = 'Choose Crop, Resize or Cancel in the Image size dialog first.';

/** Stand-in bytes: validation looks at sizes and options, never at the images themselves. */
const PLACEHOLDER = new Blob([]);

/**
 * The chosen API's rules checked on the request the panel would send right now — in the mode the canvas
 * implies, with the init image's size — grouped by panel field, plus the canvas states the API would
 * accept but that cannot do what the user means (under `canvas`).
 */
export function useOptionIssues(): OptionIssues {
  const options = useOptionsStore(useShallow(pickOptions));
  const summary = useCanvasSummary();
  const info = useSelectedBackend();
  const runtime = useBackendRuntime();
  // "Only masked" sends a region of the image: its size is what the API judges.
  const sent = usePlannedSendSize();
  const { hasInitImage, maskEmpty, initHasAlpha, sizeDialogOpen, extension } = summary;
  const width = sent && !maskEmpty ? sent.width : summary.width;
  const height = sent && !maskEmpty ? sent.height : summary.height;
  // An outpaint sends the picture before "Extend canvas", whatever region an inpaint would send.
  const { width: fullWidth, height: fullHeight } = summary;
  return useMemo(() => {
    const state: CanvasModeState = { hasInitImage, maskPainted: !maskEmpty, initHasAlpha };
    let canvas: CanvasInputs | null = null;
    if (hasInitImage) {
      canvas = { initImage: PLACEHOLDER, width, height, initHasAlpha, mask: maskEmpty ? null : PLACEHOLDER };
      if (extension) {
        const before = {
          width: fullWidth - extension.left - extension.right,
          height: fullHeight - extension.top - extension.bottom,
        };
        canvas.outpaint = { image: PLACEHOLDER, ...before, margins: extension };
      }
    }
    const request = buildGenerationRequest(options, canvas, info.id);
    const { mode } = request;
    const issues = runtime ? runtime.backend.validate(request) : [];
    const byField = issuesByField(
      issues,
      options.prompts.map((p) => p.text),
    );
    const problems = modeProblems(state, options.maskSource);
    // Ctrl/⌘+Enter reaches past the modal dialog; sending the previous image (or none) would surprise.
    if (sizeDialogOpen) problems.push(SIZE_DIALOG_OPEN);
    if (problems.length > 0) byField.canvas = [...(byField.canvas ?? []), ...problems];
    return {
      ready: runtime !== null,
      ok: runtime !== null && issues.length === 0 && problems.length === 0,
      byField,
      mode,
      engineId: request.engineId,
      preview: runtime?.backend.previewPrompts?.(request) ?? null,
      fields: info.fields(request.engineId, mode),
      cost: info.cost(request),
    };
  }, [
    options,
    hasInitImage,
    maskEmpty,
    initHasAlpha,
    width,
    height,
    fullWidth,
    fullHeight,
    sizeDialogOpen,
    extension,
    info,
    runtime,
  ]);
}

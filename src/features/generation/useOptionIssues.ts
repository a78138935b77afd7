import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { validateOptions, type GenerationMode } from '../../lib/api';
import { useCanvasSummary } from '../canvas';
import { buildGenerationRequest, type CanvasInputs } from './buildGenerationRequest';
import { issuesByField, type UiField } from './fieldIssues';
import { deriveMode, modeProblems, type CanvasModeState } from './generationMode';
import { pickOptions, useOptionsStore } from './optionsStore';

export interface OptionIssues {
  ok: boolean;
  byField: Partial<Record<UiField, string[]>>;
  /** The endpoint Generate would use right now. */
  mode: GenerationMode;
}

/** Shown above Generate while the canvas's "Image size" dialog waits for an answer. */
export const SIZE_DIALOG_OPEN = 'Choose Crop, Resize or Cancel in the Image size dialog first.';

/** Stand-in bytes: validation looks at sizes and options, never at the images themselves. */
const PLACEHOLDER = new Blob([]);

/**
 * The rules of API.md checked on the request the panel would send right now — in the mode the canvas
 * implies, with the init image's size — grouped by panel field, plus the canvas states the API would
 * accept but that cannot do what the user means (under `canvas`).
 */
export function useOptionIssues(): OptionIssues {
  const options = useOptionsStore(useShallow(pickOptions));
  const summary = useCanvasSummary();
  const { hasInitImage, maskEmpty, initHasAlpha, width, height, sizeDialogOpen } = summary;
  return useMemo(() => {
    const state: CanvasModeState = { hasInitImage, maskPainted: !maskEmpty, initHasAlpha };
    const mode = deriveMode(state, options.maskSource);
    let canvas: CanvasInputs | null = null;
    if (hasInitImage) {
      canvas = { initImage: PLACEHOLDER, width, height, initHasAlpha };
      if (!maskEmpty) canvas.maskImage = PLACEHOLDER;
    }
    const req = buildGenerationRequest(options, canvas);
    const res = validateOptions(req.options, {
      mode: req.mode,
      engineId: req.engineId,
      accept: req.accept,
      initImageSize: canvas ? { width, height } : undefined,
      hasMaskImage: req.maskImage !== undefined,
    });
    const byField = res.ok
      ? {}
      : issuesByField(
          res.issues,
          options.prompts.map((p) => p.text),
        );
    const problems = modeProblems(state, options.maskSource);
    // Ctrl/⌘+Enter reaches past the modal dialog; sending the previous image (or none) would surprise.
    if (sizeDialogOpen) problems.push(SIZE_DIALOG_OPEN);
    if (problems.length > 0) byField.canvas = [...(byField.canvas ?? []), ...problems];
    return { ok: res.ok && problems.length === 0, byField, mode };
  }, [options, hasInitImage, maskEmpty, initHasAlpha, width, height, sizeDialogOpen]);
}

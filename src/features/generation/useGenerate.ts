import { useMutation, useQueryClient } from '@tanstack/react-query';
import { validateOptions, type ValidationIssue } from '../../lib/api';
import { useGalleryStore, type GalleryItem } from '../gallery';
import { useApiClient, useSettingsStore } from '../settings';
import { buildGenerationRequest, type CanvasInputs } from './buildGenerationRequest';
import type { GenerationOptions } from './generationOptions';
import { generationKeys } from './generationKeys';
import { pickOptions, useOptionsStore } from './optionsStore';
import { newRunId, releaseRun, startRun } from './runControllers';
import { generateIntoGallery } from './sweeps/generateIntoGallery';
import { currentInitParent } from './sweeps/initParent';

/** One press of Generate: a snapshot of the options, so editing while it runs changes nothing. */
export interface GenerationRun {
  runId: string;
  options: GenerationOptions;
  canvas: CanvasInputs | null;
  /** Where it was sent, for the error sentence. */
  host: string;
  /** The positive prompts, for the runs list and gallery captions. */
  label: string;
}

/** Thrown when options break a rule of the contract; the panel normally prevents this. */
export class InvalidOptionsError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'InvalidOptionsError';
    this.issues = issues;
  }
}

/**
 * The generation pipeline, top to bottom: options → buildGenerationRequest → validateOptions →
 * client.generate → gallery.addResults. Each call of `generate` is its own mutation, so several runs
 * go at once; the runs list and the error banner read them back with useMutationState.
 */
export function useGenerate() {
  const client = useApiClient();
  const queryClient = useQueryClient();

  const mutation = useMutation({
    mutationKey: generationKeys.generate(),
    mutationFn: async (run: GenerationRun): Promise<GalleryItem[]> => {
      const request = buildGenerationRequest(run.options, run.canvas);
      const checked = validateOptions(request.options, {
        mode: request.mode,
        engineId: request.engineId,
        accept: request.accept,
        initImageSize: run.canvas ? { width: run.canvas.width, height: run.canvas.height } : undefined,
        hasMaskImage: request.maskImage !== undefined,
      });
      if (!checked.ok) throw new InvalidOptionsError(checked.issues);
      // Stored as it arrives, with its full recipe, inputs and run record (see generateIntoGallery).
      return generateIntoGallery(
        useGalleryStore.getState(),
        (req, signal) => client.generate(req, signal),
        request,
        startRun(run.runId),
        { parentResultId: run.canvas ? currentInitParent() : undefined },
      );
    },
    onSettled: (_data, _error, run) => releaseRun(run.runId),
  });

  /** Starts a run with the options as they are now and the canvas inputs read when Generate was pressed. */
  const generate = (canvas: CanvasInputs | null = null) => {
    // A new attempt replaces the previous failure messages; what was typed stays in the options store.
    for (const m of queryClient
      .getMutationCache()
      .findAll({ mutationKey: generationKeys.generate(), status: 'error' })) {
      queryClient.getMutationCache().remove(m);
    }
    const options = pickOptions(useOptionsStore.getState());
    mutation.mutate({
      runId: newRunId(),
      options,
      canvas,
      host: useSettingsStore.getState().host,
      label: runLabel(options),
    });
  };

  return { generate };
}

/** The positive prompts joined, for captions ("a red fox · autumn"). */
export function runLabel(options: Pick<GenerationOptions, 'prompts'>): string {
  return options.prompts
    .filter((p) => p.weight >= 0 && p.text.trim() !== '')
    .map((p) => p.text.trim())
    .join(' · ');
}

// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { GenerationMode } from '../../lib/api/studio';
import {
  canvasCleared,
  forgetStaged,
  resetStage,
  resultsArrived,
  showCanvas,
  showResult,
  useCentreChoice,
  useStagedId,
} from './stageStore';

const arrived = (mode: GenerationMode, ...ids: string[]) => ids.map((id) => ({ id, recipe: { mode } }));
const state = () => {
  const { result } = renderHook(() => [useStagedId(), useCentreChoice()] as const);
  return result.current;
};

beforeEach(resetStage);

describe('stage store', () => {
  it('a text-to-image run (or an upscale) puts its newest picture on stage and the stage in the centre', () => {
    showCanvas();
    resultsArrived(arrived('text-to-image', 'new-1', 'new-2'));
    expect(state()).toEqual(['new-1', 'stage']);
    showCanvas();
    resultsArrived(arrived('upscale', 'up'));
    expect(state()).toEqual(['up', 'stage']);
  });

  it('an image-to-image or inpaint run stages its picture but leaves the canvas where the artist works', () => {
    showCanvas();
    resultsArrived(arrived('masking', 'inpainted'));
    expect(state()).toEqual(['inpainted', 'canvas']);
    resultsArrived(arrived('image-to-image', 'varied'));
    expect(state()).toEqual(['varied', 'canvas']);
    resultsArrived([]);
    expect(state()).toEqual(['varied', 'canvas']);
  });

  it('a cleared canvas hands the centre back to the rule; a deleted result leaves the stage', () => {
    showResult('a');
    canvasCleared();
    expect(state()).toEqual(['a', 'stage']);
    showCanvas();
    canvasCleared();
    expect(state()).toEqual(['a', null]);
    forgetStaged('other');
    expect(state()).toEqual(['a', null]);
    forgetStaged('a');
    expect(state()).toEqual([null, null]);
  });
});

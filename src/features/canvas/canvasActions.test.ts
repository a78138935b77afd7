// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  clearInitImage,
  exportCanvasInputs,
  getCanvasDraft,
  isCanvasBusy,
  loadInitImage,
  restoreCanvasDraft,
  subscribeCanvasChanges,
} from './canvasActions';
import { loadCanvasEditor, loadedCanvasEditor } from './loadCanvasEditor';
import { useCanvasDocStore } from './store/useCanvasDocStore';
import { useViewStore } from './store/useViewStore';

// The tests share one module registry: the first ones run before anything loads the editor.
describe('canvas facades', () => {
  it('answer without the editor while there can be no image, and do not load it', async () => {
    expect(await exportCanvasInputs()).toBeNull();
    expect(await getCanvasDraft()).toBeNull();
    expect(isCanvasBusy()).toBe(false);
    clearInitImage();
    expect(await restoreCanvasDraft({ initImage: null })).toBe(false);
    expect(loadedCanvasEditor()).toBeNull();
  });

  it('subscribeCanvasChanges waits for the editor, then reports its changes; unsubscribed, nothing', async () => {
    const kept = vi.fn();
    const dropped = vi.fn();
    subscribeCanvasChanges(kept);
    const unsubscribe = subscribeCanvasChanges(dropped);
    unsubscribe();
    expect(loadedCanvasEditor()).toBeNull();
    await loadCanvasEditor();
    useViewStore.getState().pan(5, 5);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('loadInitImage goes through the editor: a file that is no image gets its alert', async () => {
    await loadInitImage(new Blob(['just some text']));
    expect(useCanvasDocStore.getState().error).toMatch(/not a PNG, JPEG or WebP image/);
    expect(useCanvasDocStore.getState().hasInitImage).toBe(false);
  });
});

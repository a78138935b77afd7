import { create } from 'zustand';

/** The part of the canvas loaded on demand (canvasEditor.ts), as its module. */
export type CanvasEditor = typeof import('./canvasEditor');

/**
 * The editor module once it has loaded, else null. A store so the canvas area re-renders with its
 * toolbar, stage and dialogs the moment the module arrives, and so the facades can reach it
 * synchronously (`isCanvasBusy`, `clearInitImage`) without loading it.
 */
const useEditorStore = create<{ editor: CanvasEditor | null }>()(() => ({ editor: null }));

let loading: Promise<CanvasEditor> | undefined;

/**
 * Loads the editor (document, raster, tools, encoders, loaders, and the UI around the stage) once; every
 * caller shares the one import. A failed import (the network dropped the chunk) is forgotten, so the
 * next call tries again.
 */
export function loadCanvasEditor(): Promise<CanvasEditor> {
  loading ??= import('./canvasEditor').then(
    (editor) => {
      editor.installTestHooks();
      useEditorStore.setState({ editor });
      return editor;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The editor if it has loaded, without loading it. */
export function loadedCanvasEditor(): CanvasEditor | null {
  return useEditorStore.getState().editor;
}

/** The editor once it has loaded (null until then); never triggers the load itself. */
export const useCanvasEditor = () => useEditorStore((s) => s.editor);

/**
 * Calls `fn` with the editor as soon as it has loaded (now if it has), without loading it. Returns the
 * unsubscribe for a call still waiting.
 */
export function whenCanvasEditorLoaded(fn: (editor: CanvasEditor) => void): () => void {
  const now = loadedCanvasEditor();
  if (now) {
    fn(now);
    return () => {};
  }
  const unsubscribe = useEditorStore.subscribe(({ editor }) => {
    if (!editor) return;
    unsubscribe();
    fn(editor);
  });
  return unsubscribe;
}

/**
 * After the first paint, in idle time: loads the editor before anyone asks, so opening an image waits
 * for no download. A failure here is silent; the first real use loads it again and reports.
 */
export function prefetchCanvasEditor(): void {
  const load = () => void loadCanvasEditor().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 0);
}

import { useCanvasDocStore } from './useCanvasDocStore';

/** One image load in progress (opening a file, or undo/redo bringing an image back). */
export interface ImageLoad {
  /** False once a later load started: this one must change nothing when it finishes. */
  readonly current: boolean;
  /** Ends this load; the canvas stops being busy when it was the latest. Idempotent. */
  end(): void;
}

let latest = 0;
let idle: Promise<void> = Promise.resolve();
let settleIdle: (() => void) | null = null;

/**
 * Starts a load: from this moment, synchronously, the canvas is busy (`loading`): it shows "Loading
 * image…", refuses strokes and mask actions, and `whenImagesLoaded` waits. The latest load wins; an
 * earlier one that finishes later is told it is no longer `current` and discards its image. Part of the
 * first paint (a few lines), so a facade can start the load before the editor module has arrived.
 */
export function beginImageLoad(): ImageLoad {
  const id = ++latest;
  if (!settleIdle) idle = new Promise((resolve) => (settleIdle = resolve));
  useCanvasDocStore.setState({ loading: true });
  let ended = false;
  return {
    get current() {
      return id === latest;
    },
    end() {
      if (ended) return;
      ended = true;
      if (id !== latest) return;
      useCanvasDocStore.setState({ loading: false });
      settleIdle?.();
      settleIdle = null;
    },
  };
}

/** Ends any load in progress without a replacement (Remove image wins over an image still loading). */
export function abandonImageLoads(): void {
  beginImageLoad().end();
}

/** Resolves when no image is loading (at once when none is). */
export function whenImagesLoaded(): Promise<void> {
  return settleIdle ? idle : Promise.resolve();
}

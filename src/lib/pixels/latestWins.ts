/**
 * Runs `draw` one request at a time, keeping only the newest one waiting: a request asked while another
 * is being drawn replaces any waiting one (which resolves `null`). What a live slider drag needs — the
 * screen follows the latest value and never queues stale frames. `drop()` resolves the waiting one null.
 */
export function latestWins<Request, Result>(
  draw: (request: Request) => Promise<Result>,
): { ask(request: Request): Promise<Result | null>; drop(): void } {
  let drawing = false;
  let pending: {
    request: Request;
    resolve: (value: Result | null) => void;
    reject: (error: Error) => void;
  } | null = null;
  const drawNext = () => {
    const next = pending;
    pending = null;
    drawing = next !== null;
    if (!next) return;
    draw(next.request).then(
      (value) => {
        next.resolve(value);
        drawNext();
      },
      (error: Error) => {
        next.reject(error);
        drawNext();
      },
    );
  };
  return {
    ask: (request) =>
      new Promise((resolve, reject) => {
        pending?.resolve(null);
        pending = { request, resolve, reject };
        if (!drawing) drawNext();
      }),
    drop() {
      pending?.resolve(null);
      pending = null;
    },
  };
}

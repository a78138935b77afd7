/** The trace marks (console.timeStamp) the page puts around each measured call; bench/pixels.ts reads them. */
export const WINDOW_START = 'pixels-bench:call';
export const WINDOW_END = 'pixels-bench:answered';

/**
 * One requestAnimationFrame for the whole canvas: mask display flush and Konva layer draws happen here at
 * most once per frame, however many pointer samples arrived. Subscribers are the stage's draw callbacks.
 */
type FrameTask = () => void;

const tasks = new Set<FrameTask>();
let pending = false;
let frames = 0;

function run(): void {
  pending = false;
  frames++;
  for (const t of tasks) t();
}

/** Registers a task to run on every requested frame; returns the unsubscribe. */
export function onFrame(task: FrameTask): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Asks for one frame; repeated calls before it runs coalesce. */
export function requestFrame(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(run);
}

/** Frames actually drawn (test hook / benchmark). */
export function drawnFrames(): number {
  return frames;
}

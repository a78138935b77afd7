/**
 * The centre of the studio. For now a placeholder; the canvas feature (init image, mask, tools) will
 * render here, and this file is the one place to swap it in.
 */
export function CanvasSlot() {
  return (
    <div className="grid h-full place-items-center p-8">
      <div className="flex max-w-sm flex-col items-center gap-3 rounded-2xl border border-dashed border-ink-600 px-10 py-12 text-center">
        <svg
          aria-hidden="true"
          viewBox="0 0 48 48"
          className="h-12 w-12 text-paper-500"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <rect x="6" y="9" width="36" height="30" rx="3" />
          <circle cx="17" cy="19" r="3.5" />
          <path d="M6 33l10-9 8 7 6-5 12 10" />
        </svg>
        <p className="text-sm text-paper-300">Drop an image here to start image-to-image or inpainting</p>
        <p className="text-xs text-paper-500">
          Or write a prompt on the left and press Generate for text-to-image.
        </p>
      </div>
    </div>
  );
}

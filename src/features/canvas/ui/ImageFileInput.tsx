import type { RefObject } from 'react';

/**
 * The hidden file input behind a real button ("Upload image", "Load mask"): the button takes focus and
 * clicks, this only chooses. Cleared after each choice, so the same file can be chosen again.
 */
export function ImageFileInput({
  ref,
  onFile,
}: {
  ref: RefObject<HTMLInputElement | null>;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept="image/png,image/jpeg,image/webp"
      className="hidden"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}

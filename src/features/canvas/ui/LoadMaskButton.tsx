import { useRef } from 'react';
import { ImageFileInput } from './ImageFileInput';
import { loadMask } from '../io/loadMask';
import { useImageLoading } from '../store/useCanvasDocStore';
import { ToolButton } from './controls';

/**
 * "Load mask": a real button opening a hidden file input. The picture replaces the mask as one undo step
 * (white = repaint, as the canvas paints it); one of another size is refused with both sizes named and the
 * painted mask kept (loadMask). Disabled while an image is being opened: the mask would belong to neither.
 */
export function LoadMaskButton() {
  const input = useRef<HTMLInputElement>(null);
  const loading = useImageLoading();
  return (
    <>
      <ToolButton
        disabled={loading}
        title="Load mask: a picture of the init image's size (or shape), white = repaint. Undo brings the old mask back."
        onClick={() => input.current?.click()}
      >
        Load mask
      </ToolButton>
      <ImageFileInput ref={input} onFile={(file) => void loadMask(file)} />
    </>
  );
}

import { useEffect, useState, type DragEvent } from 'react';
import { loadInitImage } from '../canvasActions';
import { isTypingTarget } from './isTypingTarget';

/** Paste (Ctrl/Cmd+V) anywhere outside text fields, and drag-and-drop onto the canvas, open an init image. */
export function useImageIntake() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isTypingTarget(e.target)) return;
      const file = Array.from(e.clipboardData?.files ?? []).find((f) => f.type.startsWith('image/'));
      if (!file) return;
      e.preventDefault();
      void loadInitImage(file);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return {
    dragging,
    dropHandlers: {
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: (e: DragEvent) => {
        if (e.currentTarget === e.target) setDragging(false);
      },
      onDrop: (e: DragEvent) => {
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        void loadInitImage(file);
      },
    },
  };
}

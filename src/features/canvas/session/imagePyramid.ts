import type { DocPixels } from '../io/imageSource';

/**
 * Half-resolution copies of the init image for zoomed-out views. Without a GPU, every pan/zoom frame
 * rescales the image layer's bitmap; drawing a 2048² picture at 30 % costs several times more than drawing
 * its 1024² half. Levels are built on first use and kept with the document.
 */
export class ImagePyramid {
  private levels: DocPixels[];

  constructor(base: DocPixels) {
    this.levels = [base];
  }

  /** The smallest level that still has at least one source pixel per device pixel at `scale`. */
  forScale(scale: number, pixelRatio = 1): DocPixels {
    const s = scale * pixelRatio;
    let k = 0;
    while (k < 4 && 2 ** -(k + 1) >= s) k++;
    return this.level(k);
  }

  /** Drops the downscaled levels (the document was replaced); the base belongs to the session. */
  release(): void {
    for (const level of this.levels.slice(1)) {
      if (level instanceof HTMLCanvasElement) level.width = level.height = 0;
    }
    this.levels = this.levels.slice(0, 1);
  }

  private level(k: number): DocPixels {
    for (let i = this.levels.length; i <= k; i++) {
      const prev = this.levels[i - 1] as DocPixels;
      if (prev.width < 64 || prev.height < 64) return prev;
      const c = document.createElement('canvas');
      c.width = Math.max(1, Math.round(prev.width / 2));
      c.height = Math.max(1, Math.round(prev.height / 2));
      const ctx = c.getContext('2d');
      if (!ctx) return prev;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(prev, 0, 0, c.width, c.height);
      this.levels.push(c);
    }
    return this.levels[Math.min(k, this.levels.length - 1)] as DocPixels;
  }
}

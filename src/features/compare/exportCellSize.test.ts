import { describe, expect, it } from 'vitest';
import { exportCellSize } from './exportCellSize';

describe('exportCellSize', () => {
  it('keeps natural size when the grid fits', () => {
    expect(exportCellSize({ width: 512, height: 512 }, 4, 4)).toEqual({ cellW: 512, cellH: 512 });
  });

  it('scales down, keeping the aspect ratio, to the longest side', () => {
    expect(exportCellSize({ width: 1024, height: 768 }, 10, 10)).toEqual({ cellW: 819, cellH: 614 });
    expect(exportCellSize({ width: 100, height: 50 }, 1, 4, 200)).toEqual({ cellW: 50, cellH: 25 });
  });
});

import { describe, expect, it } from 'vitest';
import { galleryRows } from './galleryRows';
import type { GalleryItem } from './galleryStore';
import { cardPlaces, firstCardId, moveFocus, neighbourAfterDelete, type GridMove } from './gridNavigation';

const item = (id: string, runId?: string, runLabel?: string) => ({ id, runId, runLabel }) as GalleryItem;
const sweep = (id: string) => item(id, 'r', 'Seed sweep ×3');
// Two columns: rows are [a b] [c] # [s1 s2] [s3] [d e] [f]
const rows = galleryRows(
  [item('a'), item('b'), item('c'), sweep('s1'), sweep('s2'), sweep('s3'), item('d'), item('e'), item('f')],
  2,
);
const places = cardPlaces(rows);
const move = (from: string, key: GridMove, options?: { ctrl?: boolean; pageRows?: number }) =>
  moveFocus(rows, places.get(from)!, key, options);

describe('moveFocus', () => {
  it('moves Left/Right in the results’ order, wrapping between rows and over a run’s header', () => {
    expect(['a', 'b', 'c', 's1', 's3'].map((id) => move(id, 'ArrowRight'))).toEqual([
      'b',
      'c',
      's1',
      's2',
      'd',
    ]);
    expect(['b', 'c', 's1', 'd'].map((id) => move(id, 'ArrowLeft'))).toEqual(['a', 'b', 'c', 's3']);
    expect(move('a', 'ArrowLeft')).toBeNull();
  });

  it('keeps the column Up/Down, takes the nearest card of a shorter row, and skips headers', () => {
    expect(move('b', 'ArrowDown')).toBe('c');
    expect(move('c', 'ArrowDown')).toBe('s1');
    expect(move('s2', 'ArrowDown')).toBe('s3');
    expect(move('e', 'ArrowUp')).toBe('s3');
    expect(move('s2', 'ArrowUp')).toBe('c');
    expect(move('a', 'ArrowUp')).toBeNull();
  });

  it('says when a move leads past the loaded cards, so the next page can load first', () => {
    expect(move('f', 'ArrowDown')).toBe('beyond');
    expect(move('f', 'ArrowRight')).toBe('beyond');
    expect(move('e', 'ArrowRight')).toBe('f');
  });

  it('pages by rows of cards, stopping at the last loaded row; Home/End in the row, Ctrl to the ends', () => {
    expect(move('a', 'PageDown', { pageRows: 3 })).toBe('s3');
    expect(move('d', 'PageDown', { pageRows: 3 })).toBe('f');
    expect(move('f', 'PageDown', { pageRows: 3 })).toBe('beyond');
    expect(move('e', 'PageUp', { pageRows: 2 })).toBe('s2');
    expect(move('e', 'Home')).toBe('d');
    expect(move('s1', 'End')).toBe('s2');
    expect(move('s1', 'Home', { ctrl: true })).toBe('a');
    expect(move('a', 'End', { ctrl: true })).toBe('f');
  });
});

describe('neighbourAfterDelete', () => {
  it('is the next card, the previous one for the last, and none for the only one', () => {
    expect(neighbourAfterDelete(rows, 'c')).toBe('s1');
    expect(neighbourAfterDelete(rows, 's3')).toBe('d');
    expect(neighbourAfterDelete(rows, 'f')).toBe('e');
    expect(neighbourAfterDelete(galleryRows([item('x')], 2), 'x')).toBeUndefined();
    expect(firstCardId(rows)).toBe('a');
  });
});

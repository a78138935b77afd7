// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GalleryPanel } from './GalleryPanel';
import { useGalleryStore } from './galleryStore';

let created: string[];
let revoked: string[];

beforeEach(() => {
  useGalleryStore.getState().clearResults();
  created = [];
  revoked = [];
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    const url = `blob:test/${++n}`;
    created.push(url);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => void revoked.push(url));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const add = (seed: number, finishReason: 'SUCCESS' | 'CONTENT_FILTERED' = 'SUCCESS') =>
  useGalleryStore.getState().addResults([
    {
      png: new Blob([String(seed)]),
      seed,
      finishReason,
      prompt: 'p',
      engineId: 'e',
      width: 512,
      height: 512,
    },
  ]);

describe('GalleryPanel', () => {
  it('lists results newest first, reuses seeds, and frees object URLs of removed results', () => {
    const onReuseSeed = vi.fn();
    add(1);
    add(2, 'CONTENT_FILTERED');
    render(<GalleryPanel onReuseSeed={onReuseSeed} />);
    const items = within(screen.getByRole('region', { name: 'Gallery' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('img').getAttribute('alt'))).toEqual([
      'Result, seed 2',
      'Result, seed 1',
    ]);
    expect(within(items[0]!).getByText('CONTENT_FILTERED')).toBeTruthy();
    expect(created).toHaveLength(2);

    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Reuse seed' }));
    expect(onReuseSeed).toHaveBeenCalledWith(1);

    const shownForSeed1 = within(items[1]!).getByRole('img').getAttribute('src');
    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Remove result, seed 1' }));
    expect(revoked).toEqual([shownForSeed1]);
  });

  it('opens a result large in a dialog', () => {
    add(5);
    render(<GalleryPanel onReuseSeed={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /Result, seed 5/ }));
    const dialog = screen.getByRole('dialog', { name: 'Seed 5' });
    expect(within(dialog).getByRole('img', { name: 'Seed 5 at full size' })).toBeTruthy();
  });

  it('revokes every URL on unmount', () => {
    add(1);
    add(2);
    const { unmount } = render(<GalleryPanel onReuseSeed={() => {}} />);
    unmount();
    expect([...revoked].sort()).toEqual([...created].sort());
  });
});

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRepository, type NewResult } from './db';
import { GalleryPanel } from './GalleryPanel';
import { provideGalleryRepository } from './galleryRepository';
import { useGalleryStore } from './galleryStore';

let created: string[];
let revoked: string[];

beforeEach(() => {
  provideGalleryRepository(createMemoryRepository({ thumbnailer: async (png) => png }));
  useGalleryStore.setState({ items: [], lastDeleted: null, storageMessage: null, interruptedRuns: [] });
  created = [];
  revoked = [];
  // happy-dom has no layout; give elements a panel-sized box so the virtualized grid renders rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
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

function result(seed: number, prompt: string, runLabel?: string): NewResult {
  return {
    png: new Blob([String(seed)], { type: 'image/png' }),
    recipe: {
      backend: 'v1alpha',
      mode: 'text-to-image',
      engineId: 'stable-diffusion-v1-5',
      params: { prompts: [{ text: prompt, weight: 1 }], seed },
      createdAt: 1000,
      seed,
      finishReason: 'SUCCESS',
    },
    runId: runLabel ? 'run-1' : undefined,
    runLabel,
  };
}

const add = (...batch: NewResult[]) =>
  act(async () => void (await useGalleryStore.getState().addResults(batch)));
const onReuseSeed = vi.fn();

describe('GalleryPanel', () => {
  it('lists each result with its seed, filters by prompt, and labels a run', async () => {
    render(<GalleryPanel onReuseSeed={onReuseSeed} />);
    await add(result(1, 'a red fox'));
    await add(result(2, 'a blue whale', 'Seed sweep ×2'), result(3, 'a blue whale', 'Seed sweep ×2'));
    const gallery = screen.getByRole('region', { name: 'Gallery' });
    await waitFor(() => expect(within(gallery).getAllByRole('listitem')).toHaveLength(3));
    expect(within(gallery).getByText('Seed sweep ×2')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter results' }), { target: { value: 'FOX' } });
    await waitFor(() => expect(within(gallery).getAllByRole('listitem')).toHaveLength(1));
    expect(within(gallery).getByRole('img', { name: 'Result, seed 1' })).toBeTruthy();
  });

  it('deletes with an undo that puts the result back', async () => {
    render(<GalleryPanel onReuseSeed={onReuseSeed} />);
    await add(result(7, 'x'));
    const gallery = screen.getByRole('region', { name: 'Gallery' });
    await waitFor(() => expect(within(gallery).getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(within(gallery).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(gallery).queryAllByRole('listitem')).toHaveLength(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo delete' }));
    await waitFor(() =>
      expect(within(gallery).getAllByRole('img', { name: 'Result, seed 7' })).toHaveLength(1),
    );
  });

  it('favourites with the button and with F, and revokes thumbnail URLs when cards leave', async () => {
    const { unmount } = render(<GalleryPanel onReuseSeed={onReuseSeed} />);
    await add(result(4, 'x'));
    const fav = await screen.findByRole('button', { name: 'Favourite' });
    fireEvent.click(fav);
    await waitFor(() => expect(fav.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.keyDown(fav, { key: 'f' });
    await waitFor(() => expect(fav.getAttribute('aria-pressed')).toBe('false'));
    await waitFor(() => expect(created.length).toBeGreaterThan(0));
    unmount();
    expect(revoked).toEqual(created);
  });
});

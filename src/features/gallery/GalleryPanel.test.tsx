// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewResult } from './db';
import { createMemoryRepository } from './db/createMemoryRepository';
import { GalleryPanel } from './GalleryPanel';
import { useGalleryStore } from './galleryStore';
import { fullRepository, resetGallery } from './storeTestSupport';

let created: string[];
let revoked: string[];

beforeEach(() => {
  localStorage.clear();
  resetGallery(createMemoryRepository({ thumbnailer: async (png) => png }));
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
    await waitFor(() => expect(within(gallery).getAllByRole('gridcell')).toHaveLength(3));
    expect(within(gallery).getByText('Seed sweep ×2')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter results' }), { target: { value: 'FOX' } });
    await waitFor(() => expect(within(gallery).getAllByRole('gridcell')).toHaveLength(1));
    expect(within(gallery).getByRole('img', { name: 'Result, seed 1' })).toBeTruthy();
  });

  it('deletes with an undo that puts the result back', async () => {
    render(<GalleryPanel onReuseSeed={onReuseSeed} />);
    await add(result(7, 'x'));
    const gallery = screen.getByRole('region', { name: 'Gallery' });
    await waitFor(() => expect(within(gallery).getAllByRole('gridcell')).toHaveLength(1));
    fireEvent.click(within(gallery).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(gallery).queryAllByRole('gridcell')).toHaveLength(0));
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

  it('counts every stored result but renders only what is on screen, reading pages as needed', async () => {
    const repo = createMemoryRepository({ thumbnailer: async (png) => png });
    for (let i = 0; i < 300; i++) await repo.addResult(result(i, `picture ${i}`));
    resetGallery(repo);
    render(<GalleryPanel onReuseSeed={onReuseSeed} />);
    const gallery = screen.getByRole('region', { name: 'Gallery' });
    await waitFor(() => expect(within(gallery).getByText('300')).toBeTruthy());
    const cards = within(gallery).getAllByRole('gridcell');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(40);
    expect(useGalleryStore.getState().items.length).toBeLessThan(300);
    fireEvent.click(screen.getByRole('button', { name: 'Favourites only' }));
    await waitFor(() => expect(screen.getByText('No result matches the filter.')).toBeTruthy());
    expect(within(gallery).getByText('0 of 300')).toBeTruthy();
  });

  it('counts unsaved results in a banner, and opens the viewer on demand', async () => {
    resetGallery(fullRepository());
    render(<GalleryPanel onReuseSeed={onReuseSeed} />);
    await add(result(5, 'a pear'), result(6, 'a pear'));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toMatch(/^2 results are not saved\. Storage is full/);
    expect(within(banner).getByRole('button', { name: 'Free space' })).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Download unsaved results' })).toBeTruthy();
    fireEvent.click(screen.getByRole('img', { name: 'Result, seed 6' }).closest('button')!);
    const viewer = await screen.findByRole('dialog', { name: 'Result' });
    expect(within(viewer).getByText('2 / 2')).toBeTruthy();
  });
});

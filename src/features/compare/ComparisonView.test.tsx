// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComparisonItem } from './comparisonItem';
import { ComparisonView } from './ComparisonView';

afterEach(cleanup);

const item = (id: string, seed: number, cfg = 7, originalSrc?: string): ComparisonItem => ({
  id,
  seed,
  src: `blob:${id}`,
  originalSrc,
  recipe: {
    engineId: 'stable-diffusion-v1-5',
    mode: 'masking',
    params: { prompts: [{ text: 'fox', weight: 1 }], cfgScale: cfg, seed },
  },
});

describe('ComparisonView', () => {
  it('shows one figure per result captioned with its seed and what differs', () => {
    render(
      <ComparisonView
        items={[item('a', 1), item('b', 2, 9), item('c', 3)]}
        onPickWinner={() => {}}
        onClose={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Comparison' });
    const figures = within(region).getAllByRole('figure');
    expect(figures.map((f) => f.querySelector('figcaption')?.textContent)).toEqual([
      '1Seed 1 · CFG 7',
      '2Seed 2 · CFG 9',
      '3Seed 3 · CFG 7',
    ]);
    // Modes are for exactly two results.
    expect(screen.queryByRole('radio', { name: 'Slider' })).toBeNull();
  });

  it('number keys pick (and star) the winner', () => {
    const onPickWinner = vi.fn();
    render(
      <ComparisonView
        items={[item('a', 1), item('b', 2), item('c', 3)]}
        onPickWinner={onPickWinner}
        onClose={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Comparison' });
    expect(document.activeElement).toBe(region);
    fireEvent.keyDown(region, { key: '2' });
    expect(onPickWinner).toHaveBeenCalledWith('b');
    const figures = within(region).getAllByRole('figure');
    expect(figures[1]?.textContent).toContain('★ winner');
    expect(figures[0]?.textContent).not.toContain('winner');
    expect(
      screen.getByRole('button', { name: 'Pick seed 2 as the winner' }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.keyDown(region, { key: '7' });
    expect(onPickWinner).toHaveBeenCalledTimes(1);
  });

  it('two results offer Side by side, Slider and Difference', () => {
    render(
      <ComparisonView items={[item('a', 1), item('b', 2)]} onPickWinner={() => {}} onClose={() => {}} />,
    );
    expect(screen.getByRole('radio', { name: 'Side by side' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Slider' }));
    expect(screen.getByRole('slider', { name: 'Slider position' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Difference' }));
    expect(screen.getByRole('img', { name: 'Difference image' })).toBeTruthy();
  });

  it('holding O shows the original init image in every cell; releasing returns', () => {
    render(
      <ComparisonView
        items={[item('a', 1, 7, 'blob:init'), item('b', 2, 7, 'blob:init')]}
        onPickWinner={() => {}}
        onClose={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Comparison' });
    const sources = () =>
      within(region)
        .getAllByRole('img')
        .map((img) => img.getAttribute('src'));
    expect(sources()).toEqual(['blob:a', 'blob:b']);
    fireEvent.keyDown(region, { key: 'o' });
    expect(sources()).toEqual(['blob:init', 'blob:init']);
    fireEvent.keyUp(region, { key: 'o' });
    expect(sources()).toEqual(['blob:a', 'blob:b']);
  });

  it('Escape closes', () => {
    const onClose = vi.fn();
    render(<ComparisonView items={[item('a', 1), item('b', 2)]} onPickWinner={() => {}} onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('region', { name: 'Comparison' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});

describe('ComparisonView keyboard camera', () => {
  it('+ zooms every cell alike and 0 resets', () => {
    render(
      <ComparisonView
        items={[item('a', 1), item('b', 2), item('c', 3)]}
        onPickWinner={() => {}}
        onClose={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Comparison' });
    const transforms = () =>
      [...region.querySelectorAll<HTMLElement>('[data-camera-cell] > div')].map((el) => el.style.transform);
    fireEvent.keyDown(region, { key: '+' });
    const zoomed = transforms();
    expect(zoomed).toHaveLength(3);
    expect(new Set(zoomed).size).toBe(1);
    expect(zoomed[0]).toContain('scale(1.25)');
    fireEvent.keyDown(region, { key: '0' });
    expect(transforms()[0]).toBe('translate(0px, 0px) scale(1)');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareSeedsDialog } from './CompareSeedsDialog';
import type { SeedSweepRequest } from './planSeedSweep';

afterEach(cleanup);

const params = { prompts: [{ text: 'a red fox', weight: 1 }], seed: 100 };

function setup() {
  const onRun = vi.fn<(plan: SeedSweepRequest[]) => void>();
  const onClose = vi.fn();
  render(
    <CompareSeedsDialog
      params={params}
      maxSamplesPerRequest={10}
      seedMax={2_147_483_647}
      onRun={onRun}
      onClose={onClose}
    />,
  );
  return { onRun, onClose, dialog: screen.getByRole('dialog', { name: 'Compare seeds' }) };
}

describe('CompareSeedsDialog', () => {
  it('is a modal dialog with the contract names, focused on open', () => {
    const { dialog } = setup();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('spinbutton', { name: 'Number of seeds' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Next seeds' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Random seeds' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Seed list' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Seeds' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run' })).toBeTruthy();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('shows what the whole sweep costs, each request priced with all its samples', () => {
    render(
      <CompareSeedsDialog
        params={params}
        maxSamplesPerRequest={10}
        seedMax={2_147_483_647}
        costOf={(p) => 0.25 * (p.samples ?? 1)}
        balance={5}
        onRun={() => {}}
        onClose={() => {}}
      />,
    );
    const cost = screen.getByRole('status', { name: 'Estimated cost' });
    expect(cost.textContent).toBe('1 credits');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Number of seeds' }), { target: { value: '6' } });
    expect(cost.textContent).toBe('1.5 credits');
    // Three lone seeds: three requests of one picture each.
    fireEvent.change(screen.getByRole('textbox', { name: 'Seeds' }), { target: { value: '5, 90, 7' } });
    expect(cost.textContent).toBe('0.75 credits');
    expect(cost.getAttribute('aria-describedby')).toBeNull();
    expect(screen.getByRole('status', { name: 'Balance' }).textContent).toBe('5 credits');
  });

  it('Run with "Next seeds" plans the next N after the current seed in one request', () => {
    const { onRun } = setup();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Number of seeds' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(onRun).toHaveBeenCalledWith([
      { params: { ...params, seed: 101, samples: 3 }, seeds: [101, 102, 103] },
    ]);
  });

  it('typing a list selects "Seed list"; bad input shows an alert and runs nothing', () => {
    const { onRun } = setup();
    const seeds = screen.getByRole('textbox', { name: 'Seeds' });
    fireEvent.change(seeds, { target: { value: '5, nope' } });
    expect(screen.getByRole('radio', { name: 'Seed list' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByRole('alert').textContent).toBe('“nope” is not a whole number');
    expect(onRun).not.toHaveBeenCalled();
    fireEvent.change(seeds, { target: { value: '5 6\n9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(onRun.mock.calls[0]?.[0].map((r) => r.seeds)).toEqual([[5, 6], [9]]);
  });

  it('Escape closes', () => {
    const { onClose, dialog } = setup();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

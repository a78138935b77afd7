// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backendById, type GenerationRequest } from '../../lib/api/studio';
import type { XYGridPlan } from './planXYGrid';
import { XYGridDialog } from './XYGridDialog';
import { XYGridView } from './XYGridView';

afterEach(cleanup);

const request: GenerationRequest = {
  backend: 'v1alpha',
  mode: 'text-to-image',
  engineId: 'stable-diffusion-v1-5',
  params: { prompts: [{ text: 'a red fox', weight: 1 }], seed: 10 },
};
const fields = backendById('v1alpha').fields('stable-diffusion-v1-5', 'text-to-image');

describe('XYGridDialog', () => {
  it('has the contract names and runs a validated plan', () => {
    const onRun = vi.fn<(plan: XYGridPlan) => void>();
    render(
      <XYGridDialog
        request={request}
        fields={fields}
        maxSamplesPerRequest={10}
        onRun={onRun}
        onClose={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'X/Y grid' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    fireEvent.change(screen.getByRole('combobox', { name: 'Y axis' }), { target: { value: 'promptSR' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Y values' }), { target: { value: 'red, blue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    const plan = onRun.mock.calls[0]?.[0];
    expect(plan?.rowLabels).toEqual(['“red”', '“blue”']);
    expect(plan?.colLabels).toEqual(['Seed 10', 'Seed 11', 'Seed 12', 'Seed 13']);
    expect(plan?.requests).toHaveLength(2);
  });

  it('shows what the whole grid costs by the API rule, marked when it is more than the balance', () => {
    const info = backendById('v1alpha');
    render(
      <XYGridDialog
        request={request}
        fields={fields}
        maxSamplesPerRequest={10}
        costOf={(params) => info.cost({ ...request, params })}
        balance={0.5}
        onRun={() => {}}
        onClose={() => {}}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Y axis' }), { target: { value: 'steps' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Y values' }), { target: { value: '25, 50' } });
    const cost = screen.getByRole('status', { name: 'Estimated cost' });
    // Four seeds at 512×512: a row of 25 steps costs 4 × 0.1, a row of 50 steps 4 × 0.2.
    expect(cost.textContent).toBe('1.2 credits');
    expect(cost.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/More than your balance/)).toBeTruthy();
  });

  it('offers only the axes the API has in this mode: no image strength for text-to-image', () => {
    render(
      <XYGridDialog
        request={request}
        fields={fields}
        maxSamplesPerRequest={10}
        onRun={() => {}}
        onClose={() => {}}
      />,
    );
    const axes = screen.getAllByRole('option').map((o) => o.textContent);
    expect(axes).toEqual(['CFG scale', 'Steps', 'Sampler', 'Prompt S/R']);
  });

  it('shows invalid values as errors and runs nothing', () => {
    const onRun = vi.fn();
    render(
      <XYGridDialog
        request={request}
        fields={fields}
        maxSamplesPerRequest={10}
        onRun={onRun}
        onClose={() => {}}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Y values' }), { target: { value: '7, 40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Y values: CFG scale 40 is out of range: a number from 0 to 35',
    );
    expect(onRun).not.toHaveBeenCalled();
  });

  it('the grid view exposes its headers and "Export grid"', () => {
    const onExport = vi.fn();
    render(
      <>
        <XYGridView
          rows={1}
          cols={2}
          rowLabels={['CFG 5']}
          colLabels={['Seed 1', 'Seed 2']}
          cells={[
            { row: 0, col: 0, src: 'blob:x', status: 'done' },
            { row: 0, col: 1, status: 'pending' },
          ]}
          progress={{ done: 1, total: 2 }}
          onExport={onExport}
        />
      </>,
    );
    expect(screen.getByRole('columnheader', { name: 'Seed 2' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'CFG 5' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'CFG 5, Seed 1' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export grid' }));
    expect(onExport).toHaveBeenCalled();
  });

  it('while an export runs: its step, "Cancel export", Export held; then what it has to say', () => {
    const onCancelExport = vi.fn();
    const view = (props: Partial<Parameters<typeof XYGridView>[0]>) => (
      <XYGridView
        rows={1}
        cols={1}
        rowLabels={['CFG 5']}
        colLabels={['Seed 1']}
        cells={[{ row: 0, col: 0, src: 'blob:x', status: 'done' }]}
        onExport={() => {}}
        onCancelExport={onCancelExport}
        {...props}
      />
    );
    const { rerender } = render(view({ exporting: { text: 'Reading pictures 1 of 2', done: 1, total: 2 } }));
    const bar = screen.getByRole('progressbar', { name: 'Grid export' });
    expect(bar.getAttribute('aria-valuetext')).toBe('Exporting the grid: Reading pictures 1 of 2');
    expect(bar.getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByRole('button', { name: 'Export grid' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(onCancelExport).toHaveBeenCalledTimes(1);

    rerender(view({ exportMessage: { kind: 'error', text: 'The grid could not be exported: boom.' } }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('The grid could not be exported: boom.');
    expect(screen.getByRole('button', { name: 'Export grid' })).toHaveProperty('disabled', false);
  });
});

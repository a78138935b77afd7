// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useOptionsStore } from './optionsStore';
import { PromptList } from './PromptList';

beforeEach(() => useOptionsStore.getState().resetOptions());
afterEach(cleanup);

const text = (n: number) => screen.getByRole('textbox', { name: `Prompt ${n}` }) as HTMLTextAreaElement;

describe('PromptList', () => {
  it('adds, reorders and removes rows by their numbered names', () => {
    render(<PromptList errors={{}} />);
    expect(screen.getByRole('button', { name: 'Remove prompt 1' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(text(1), { target: { value: 'castle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add prompt' }));
    fireEvent.change(text(2), { target: { value: 'fog' } });
    expect(screen.getByRole('button', { name: 'Move prompt 1 up' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move prompt 2 down' }).hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Move prompt 2 up' }));
    expect([text(1).value, text(2).value]).toEqual(['fog', 'castle']);
    fireEvent.click(screen.getByRole('button', { name: 'Move prompt 1 down' }));
    expect([text(1).value, text(2).value]).toEqual(['castle', 'fog']);

    fireEvent.click(screen.getByRole('button', { name: 'Remove prompt 1' }));
    expect(text(1).value).toBe('fog');
    expect(screen.queryByRole('textbox', { name: 'Prompt 2' })).toBeNull();
  });

  it('labels a row with a negative weight as a negative prompt', () => {
    render(<PromptList errors={{}} />);
    expect(screen.queryByText('Negative prompt 1')).toBeNull();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Prompt 1 weight' }), {
      target: { value: '-0.5' },
    });
    expect(screen.getByText('Negative prompt 1')).toBeTruthy();
    expect(useOptionsStore.getState().prompts[0]?.weight).toBe(-0.5);
    // The accessible name stays stable so shortcuts and tests still find the row.
    expect(text(1)).toBeTruthy();
  });

  it('shows a row’s broken rule as an alert under that row', () => {
    render(<PromptList errors={{ 'prompt.0': ['Prompt 1 is empty: describe what to paint.'] }} />);
    expect(screen.getByRole('alert').textContent).toBe('Prompt 1 is empty: describe what to paint.');
    expect(text(1).getAttribute('aria-invalid')).toBe('true');
  });
});

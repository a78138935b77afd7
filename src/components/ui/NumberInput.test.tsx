// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberInput } from './NumberInput';
import { matchesHotkey } from './useHotkey';

afterEach(cleanup);

function Harness() {
  const [value, setValue] = useState(5);
  return (
    <>
      <NumberInput aria-label="N" value={value} onValueChange={setValue} />
      <output aria-label="value">{String(value)}</output>
      <button onClick={() => setValue(42)}>set</button>
    </>
  );
}

describe('NumberInput', () => {
  it('reports NaN while empty, keeps the typed text, and adopts outside changes', () => {
    render(<Harness />);
    const input = screen.getByRole('spinbutton', { name: 'N' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '' } });
    expect(screen.getByRole('status', { name: 'value' }).textContent).toBe('NaN');
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: '12' } });
    expect(screen.getByRole('status', { name: 'value' }).textContent).toBe('12');
    fireEvent.click(screen.getByRole('button', { name: 'set' }));
    expect(input.value).toBe('42');
  });
});

describe('matchesHotkey', () => {
  const ev = (
    key: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('treats Ctrl and ⌘ alike and requires the exact modifiers', () => {
    const hk = { key: 'Enter', mod: true };
    expect(matchesHotkey(ev('Enter', { ctrlKey: true }), hk)).toBe(true);
    expect(matchesHotkey(ev('Enter', { metaKey: true }), hk)).toBe(true);
    expect(matchesHotkey(ev('Enter'), hk)).toBe(false);
    expect(matchesHotkey(ev('Enter', { ctrlKey: true, shiftKey: true }), hk)).toBe(false);
    expect(matchesHotkey(ev('Enter', { ctrlKey: true, altKey: true }), hk)).toBe(false);
  });
});

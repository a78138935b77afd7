// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { stageKey } from './stageKey';

const press = (key: string, target: EventTarget | null = document.body, extra: Partial<KeyboardEvent> = {}) =>
  stageKey({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    defaultPrevented: false,
    target,
    ...extra,
  });

afterEach(() => document.body.replaceChildren());

function add<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('stageKey', () => {
  it('← is the newer result, → the older, O the original, from the page or a button', () => {
    expect(press('ArrowLeft')).toBe('newer');
    expect(press('ArrowRight', add('button'))).toBe('older');
    expect(press('o')).toBe('original');
    expect(press('O')).toBe('original');
    expect(press('x')).toBeNull();
  });

  it('leaves text fields, selects and sliders alone', () => {
    expect(press('ArrowLeft', add('textarea'))).toBeNull();
    expect(press('o', add('input'))).toBeNull();
    expect(press('ArrowRight', add('input', { type: 'range' }))).toBeNull();
    expect(press('ArrowRight', add('select'))).toBeNull();
  });

  it('leaves widgets that own their arrows alone: the gallery grid, a dialog, a radio group', () => {
    for (const role of ['grid', 'dialog', 'radiogroup']) {
      const owner = add('div', { role });
      const inside = document.createElement('button');
      owner.append(inside);
      expect(press('ArrowLeft', inside)).toBeNull();
    }
  });

  it('ignores keys with modifiers and keys something else already handled', () => {
    expect(press('ArrowLeft', document.body, { ctrlKey: true })).toBeNull();
    expect(press('o', document.body, { altKey: true })).toBeNull();
    expect(press('ArrowRight', document.body, { shiftKey: true })).toBeNull();
    expect(press('ArrowRight', document.body, { defaultPrevented: true })).toBeNull();
  });
});

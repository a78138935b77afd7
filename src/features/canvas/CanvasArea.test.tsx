// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS, backendById, engineSizes } from '../../lib/api/studio';
import { CanvasArea } from './CanvasArea';
import { loadInitImage } from './io/loadInitImage';
import { useCanvasDocStore } from './store/useCanvasDocStore';
import { useToolStore } from './store/useToolStore';

/** What the app hands the canvas for v1alpha's default engine. */
const SD15 = engineSizes(backendById('v1alpha'), 'stable-diffusion-v1-5', 'image-to-image');

afterEach(() => {
  cleanup();
  useCanvasDocStore.setState({ error: null });
  useToolStore.setState({ tool: 'brush', brushSize: 48 });
});

/** Renders the canvas area and waits for its editor (toolbar, shortcuts), which loads in idle time. */
async function renderCanvas(ui = <CanvasArea sizes={SD15} />) {
  render(ui);
  await screen.findByRole('button', { name: 'Brush' }, { timeout: 10_000 });
}

describe('CanvasArea', () => {
  // First in this file: the editor module, once loaded, stays loaded for the tests after it.
  it('paints the drop zone first; the tools and sliders arrive under their contract names unasked', async () => {
    render(<CanvasArea sizes={SD15} />);
    expect(screen.getByRole('region', { name: 'Canvas' })).toBeTruthy();
    expect(screen.getByTestId('canvas-stage')).toBeTruthy();
    expect(screen.getByText('Drop an image here to start image-to-image or inpainting')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Upload image' })).toBeTruthy();
    // The toolbar comes with the editor chunk, fetched in idle time after the first paint.
    expect(screen.queryByRole('toolbar', { name: 'Canvas tools' })).toBeNull();
    await screen.findByRole('toolbar', { name: 'Canvas tools' }, { timeout: 10_000 });
    for (const name of ['Brush', 'Eraser', 'Lasso', 'Hand', 'Undo', 'Redo', 'More']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    // Brush hardness and the mask actions wait under "More", so the toolbar keeps one row at 1280 px.
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    for (const name of ['Invert mask', 'Clear mask', 'Fill mask']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Brush' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Brush' }).getAttribute('title')).toBe('Brush (B)');
    expect(screen.getByRole('slider', { name: 'Brush size' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Brush hardness' })).toBeTruthy();
  });

  it('tool and size shortcuts work, but never while typing in a text field', async () => {
    await renderCanvas(
      <>
        <textarea aria-label="Prompt" />
        <CanvasArea sizes={SD15} />
      </>,
    );
    fireEvent.keyDown(window, { key: 'e' });
    expect(screen.getByRole('button', { name: 'Eraser' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: ']' });
    expect(useToolStore.getState().brushSize).toBe(48 + 5);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Prompt' }), { key: 'l' });
    expect(screen.getByRole('button', { name: 'Eraser' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'l' });
    expect(screen.getByRole('button', { name: 'Lasso' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('Space on a focused button is left to the button (no hand-tool hijack)', async () => {
    const { isSpaceHeld } = await import('./session/spaceKey');
    await renderCanvas();
    const ev = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    screen.getByRole('button', { name: 'Brush' }).dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
    expect(isSpaceHeld()).toBe(false);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(isSpaceHeld()).toBe(true);
    fireEvent.keyUp(document.body, { key: ' ' });
    expect(isSpaceHeld()).toBe(false);
  });

  it('refuses a file that is not an image with an alert, and opens nothing', async () => {
    render(<CanvasArea sizes={SD15} />);
    await act(() => loadInitImage(new Blob(['just some text'])));
    expect(screen.getByRole('alert').textContent).toMatch(/not a PNG, JPEG or WebP image/);
    expect(useCanvasDocStore.getState().hasInitImage).toBe(false);
  });

  it('refuses a file larger than the API accepts', async () => {
    render(<CanvasArea sizes={SD15} />);
    const big = new Blob([new Uint8Array(LIMITS.imageFileMaxBytes + 1)]);
    await act(() => loadInitImage(big));
    expect(screen.getByRole('alert').textContent).toMatch(/accepts images up to 10\.0 MB/);
    expect(useCanvasDocStore.getState().hasInitImage).toBe(false);
  });
});

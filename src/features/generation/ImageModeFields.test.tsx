// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendById } from '../../lib/api/studio';
import { ImageModeFields } from './ImageModeFields';
import { ModeChip } from './ModeChip';
import { useOptionsStore } from './optionsStore';

beforeEach(() => useOptionsStore.getState().resetOptions());
afterEach(cleanup);

type Props = Parameters<typeof ImageModeFields>[0];
/** The fields v1alpha has in the mode (every image-mode field: strength, mask source, schedule end). */
const fields = (over: Partial<Props> = {}) => {
  const mode = over.mode ?? 'image-to-image';
  const set = backendById('v1alpha').fields('stable-diffusion-v1-5', mode);
  return (
    <ImageModeFields mode={mode} fields={set} errors={{}} maskHidden={false} initHasAlpha={false} {...over} />
  );
};

describe('ModeChip', () => {
  it('names the mode in the panel’s words', () => {
    const { rerender } = render(<ModeChip mode="text-to-image" />);
    expect(screen.getByRole('status', { name: 'Mode' }).textContent).toContain('Text to image');
    rerender(<ModeChip mode="masking" />);
    expect(screen.getByRole('status', { name: 'Mode' }).textContent).toContain('Inpainting');
  });
});

describe('ImageModeFields', () => {
  it('image-to-image: "Image strength" edits the store; no mask source for an opaque image', () => {
    render(fields());
    const slider = screen.getByRole('slider', { name: 'Image strength' }) as HTMLInputElement;
    expect(slider.value).toBe('0.35');
    fireEvent.change(slider, { target: { value: '0.8' } });
    expect(useOptionsStore.getState().imageStrength).toBe(0.8);
    expect(screen.queryByRole('combobox', { name: 'Mask source' })).toBeNull();
  });

  it('inpainting: "Mask source" defaults to the painted mask; alpha only for a transparent image', () => {
    const { rerender } = render(fields({ mode: 'masking' }));
    const select = screen.getByRole('combobox', { name: 'Mask source' }) as HTMLSelectElement;
    expect(select.value).toBe('MASK_IMAGE_WHITE');
    const alpha = screen.getByRole('option', { name: /transparency/ }) as HTMLOptionElement;
    expect(alpha.disabled).toBe(true);
    expect(screen.queryByRole('slider', { name: 'Image strength' })).toBeNull();

    rerender(fields({ mode: 'masking', initHasAlpha: true }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Mask source' }), {
      target: { value: 'INIT_IMAGE_ALPHA' },
    });
    expect(useOptionsStore.getState().maskSource).toBe('INIT_IMAGE_ALPHA');
  });

  it('says a hidden mask still applies, only when inpainting', () => {
    const { rerender } = render(fields({ mode: 'masking', maskHidden: true }));
    expect(screen.getByRole('note').textContent).toMatch(/still applies/);
    rerender(fields({ mode: 'image-to-image', maskHidden: true }));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows only the fields the API has: v1 has no schedule end', () => {
    const v1 = backendById('v1').fields('stable-diffusion-v1-6', 'image-to-image');
    render(fields({ fields: v1 }));
    expect(screen.getByRole('slider', { name: 'Image strength' })).toBeTruthy();
    expect(screen.queryByText('Advanced')).toBeNull();
  });

  it('keeps step_schedule_end under Advanced', () => {
    render(fields());
    const end = screen.getByRole('slider', { name: 'Step schedule end' }) as HTMLInputElement;
    expect(end.closest('details')?.querySelector('summary')?.textContent).toBe('Advanced');
    fireEvent.change(end, { target: { value: '0.2' } });
    expect(useOptionsStore.getState().stepScheduleEnd).toBe(0.2);
  });

  it('renders nothing for text-to-image', () => {
    const { container } = render(fields({ mode: 'text-to-image' }));
    expect(container.textContent).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { planDraftSave, type SavedState } from './canvasDraftPersistence';

const init = new Blob(['init']);
const mask = new Blob(['mask']);
const draft = (over: Partial<Parameters<typeof planDraftSave>[0] & object> = {}) => ({
  initImage: init,
  mask,
  view: { scale: 1.5, x: 10, y: -4 },
  imageVersion: 3,
  maskVersion: 7,
  ...over,
});
const saved = (over: Partial<SavedState> = {}): SavedState => ({
  imageVersion: 3,
  maskVersion: 7,
  hasImage: true,
  ...over,
});

describe('planDraftSave', () => {
  it('writes image, mask and view for a new image (a missing mask removes the stored one)', () => {
    const plan = planDraftSave(draft({ mask: null }), saved({ imageVersion: 2 }));
    expect(plan).toEqual({
      kind: 'save',
      patch: { initImage: init, maskImage: null, view: { scale: 1.5, x: 10, y: -4 } },
      next: { imageVersion: 3, maskVersion: 7, hasImage: true },
    });
  });

  it('writes only the mask and view after a stroke, only the view after a pan', () => {
    const stroke = planDraftSave(draft({ maskVersion: 8 }), saved());
    expect(stroke.kind === 'save' && stroke.patch).toEqual({
      maskImage: mask,
      view: { scale: 1.5, x: 10, y: -4 },
    });
    const pan = planDraftSave(draft(), saved());
    expect(pan.kind === 'save' && pan.patch).toEqual({ view: { scale: 1.5, x: 10, y: -4 } });
  });

  it('clears the stored draft once when the image is removed, then does nothing', () => {
    const first = planDraftSave(null, saved());
    expect(first.kind).toBe('clear');
    expect(planDraftSave(null, first.next).kind).toBe('none');
  });

  it('stores no view it cannot read back', () => {
    const plan = planDraftSave(draft({ view: { scale: 'big' } }), saved());
    expect(plan.kind === 'save' && plan.patch).toEqual({ view: null });
  });
});

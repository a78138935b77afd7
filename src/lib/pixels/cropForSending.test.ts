import { describe, expect, it } from 'vitest';
import { v1Info } from '../api/backends/v1/info';
import { cropForSending } from './cropForSending';
import { maskBounds } from './maskBounds';
import { planMaskedRegion, V2BETA_INPAINT_SEND } from './planMaskedRegion';
import { sendRuleForBackend } from './sendRuleForBackend';
import { randomBytes } from './testSupport';

function scene(width: number, height: number) {
  const picture = { width, height, data: randomBytes(width * height * 4, width) };
  const mask = { width, height, data: new Uint8Array(width * height) };
  return { picture, mask };
}

describe('cropForSending', () => {
  it('at scale 1 sends the region’s own bytes, picture and mask', () => {
    const { picture, mask } = scene(900, 700);
    for (let y = 300; y < 340; y++) mask.data.fill(255, y * 900 + 400, y * 900 + 450);
    const plan = planMaskedRegion({
      imageSize: picture,
      maskBounds: maskBounds(mask)!,
      margin: 32,
      size: V2BETA_INPAINT_SEND,
    });
    const sent = cropForSending(picture, mask, plan);
    expect([sent.image.width, sent.image.height]).toEqual([114, 104]);
    const { x, y } = plan.region;
    expect([...sent.image.data.subarray(0, 4)]).toEqual([
      ...picture.data.subarray((y * 900 + x) * 4, (y * 900 + x) * 4 + 4),
    ]);
    expect(sent.mask.data[32 * 114 + 32]).toBe(255);
    expect(sent.mask.data[31 * 114 + 32]).toBe(0);
  });

  it('a region larger than the model allows is shrunk to the send size, the mask with it', () => {
    const { picture, mask } = scene(2400, 1600);
    for (let y = 100; y < 1500; y++) mask.data.fill(255, y * 2400 + 100, y * 2400 + 2300);
    const plan = planMaskedRegion({
      imageSize: picture,
      maskBounds: maskBounds(mask)!,
      margin: 0,
      size: sendRuleForBackend(v1Info, 'stable-diffusion-xl-1024-v1-0')!,
    });
    const sent = cropForSending(picture, mask, plan);
    expect([sent.image.width, sent.image.height]).toEqual([plan.sendSize.width, plan.sendSize.height]);
    expect([sent.mask.width, sent.mask.height]).toEqual([plan.sendSize.width, plan.sendSize.height]);
    expect(
      sent.mask.data[Math.floor(sent.mask.height / 2) * sent.mask.width + Math.floor(sent.mask.width / 2)],
    ).toBe(255);
  });
});

import { describe, expect, it } from 'vitest';
import {
  artifacts,
  decodeRgba,
  fixture,
  postRawMultipart,
  rawPng,
  solidImage,
  withEngine,
} from './engineTestKit.ts';
import { expectV1Error, postV1Form, v1Url, type FormEntry } from './v1TestKit.ts';

const engine = withEngine();
const i2i = () => v1Url(engine.url, 'image-to-image');
const masking = () => v1Url(engine.url, 'image-to-image/masking');

const init = fixture('init_image.png');
const PROMPT: FormEntry[] = [
  ['text_prompts[0][text]', 'a red fox in a blue forest'],
  ['text_prompts[0][weight]', '1'],
];
const base64Of = async (res: Response): Promise<string> => (await artifacts(res))[0]?.base64 ?? '';

describe('v1 image-to-image (flattened multipart fields)', () => {
  it('takes its size from init_image, ignoring width and height', async () => {
    const res = await postV1Form(i2i(), [
      ...PROMPT,
      ['seed', '5'],
      ['width', '1024'],
      ['height', '64'],
      ['init_image', init],
    ]);
    const out = await decodeRgba(await base64Of(res));
    const input = await decodeRgba(init);
    expect([out.width, out.height]).toEqual([input.width, input.height]);
  });

  it('gives the same picture whatever the part order (text before or after the file)', async () => {
    const fields: FormEntry[] = [...PROMPT, ['seed', '11'], ['cfg_scale', '9'], ['steps', '20']];
    const a = await base64Of(await postV1Form(i2i(), [...fields, ['init_image', init]]));
    const b = await base64Of(await postV1Form(i2i(), [['init_image', init], ...[...fields].reverse()]));
    expect(b).toBe(a);
  });

  it('orders prompts by index with gaps, defaults a missing weight to 1, lets the last duplicate win', async () => {
    const ref = await base64Of(
      await postV1Form(i2i(), [
        ['text_prompts[0][text]', 'a green meadow'],
        ['text_prompts[1][text]', 'fog'],
        ['text_prompts[1][weight]', '-0.5'],
        ['seed', '3'],
        ['init_image', init],
      ]),
    );
    const gapped = await base64Of(
      await postV1Form(i2i(), [
        ['text_prompts[7][weight]', '-0.5'],
        ['text_prompts[7][text]', 'fog'],
        ['text_prompts[2][text]', 'a red desert'],
        ['seed', '99'],
        ['text_prompts[2][text]', 'a green meadow'],
        ['seed', '3'],
        ['init_image', init],
      ]),
    );
    expect(gapped).toBe(ref);
    // …and the prompts matter: swapping their weights gives another picture.
    const other = await base64Of(
      await postV1Form(i2i(), [
        ['text_prompts[0][text]', 'a green meadow'],
        ['text_prompts[0][weight]', '-0.5'],
        ['text_prompts[1][text]', 'fog'],
        ['seed', '3'],
        ['init_image', init],
      ]),
    );
    expect(other).not.toBe(ref);
  });

  it('accepts text_prompts as one field holding a JSON array, and ignores unknown fields', async () => {
    const flattened = await base64Of(
      await postV1Form(i2i(), [...PROMPT, ['seed', '8'], ['init_image', init]]),
    );
    const json = await base64Of(
      await postV1Form(i2i(), [
        ['text_prompts', JSON.stringify([{ text: 'a red fox in a blue forest', weight: 1 }])],
        ['seed', '8'],
        ['extras[anything]', 'x'],
        ['flavour', 'strawberry'],
        ['init_image', init],
      ]),
    );
    expect(json).toBe(flattened);
  });

  it('reads IMAGE_STRENGTH (default 0.35) and STEP_SCHEDULE alike; the mode decides; `mode` is an alias', async () => {
    const send = (extra: FormEntry[]) =>
      postV1Form(i2i(), [...PROMPT, ['seed', '4'], ...extra, ['init_image', init]]);
    const byDefault = await base64Of(await send([]));
    const strength = await base64Of(
      await send([
        ['init_image_mode', 'IMAGE_STRENGTH'],
        ['image_strength', '0.35'],
      ]),
    );
    const schedule = await base64Of(
      await send([
        ['init_image_mode', 'STEP_SCHEDULE'],
        ['step_schedule_start', '0.65'],
      ]),
    );
    // A generated SDK sends both with no mode: that is IMAGE_STRENGTH at 0.35.
    const both = await base64Of(
      await send([
        ['image_strength', '0.35'],
        ['step_schedule_start', '0.1'],
      ]),
    );
    const alias = await base64Of(
      await send([
        ['mode', 'STEP_SCHEDULE'],
        ['step_schedule_start', '0.65'],
        ['image_strength', '0.9'],
      ]),
    );
    expect(new Set([byDefault, strength, schedule, both, alias]).size).toBe(1);
    // image_strength 1 keeps the init image exactly; STEP_SCHEDULE 0 too.
    const keep = await decodeRgba(await base64Of(await send([['image_strength', '1']])));
    const initPx = await decodeRgba(init);
    expect(Buffer.compare(keep.data, initPx.data)).toBe(0);
    const keep2 = await base64Of(
      await send([
        ['init_image_mode', 'STEP_SCHEDULE'],
        ['step_schedule_start', '0'],
      ]),
    );
    expect(Buffer.compare((await decodeRgba(keep2)).data, initPx.data)).toBe(0);
    expect(await base64Of(await send([['image_strength', '0.8']]))).not.toBe(byDefault);
  });

  it('names the field that does not parse or fit, and asks for what is missing', async () => {
    await expectV1Error(
      await postV1Form(i2i(), [...PROMPT, ['cfg_scale', 'seven'], ['init_image', init]]),
      400,
      'bad_request',
      'cfg_scale must be a number',
    );
    await expectV1Error(
      await postV1Form(i2i(), [
        ['text_prompts[0][text]', 'x'],
        ['text_prompts[0][weight]', 'heavy'],
        ['init_image', init],
      ]),
      400,
      'bad_request',
      'text_prompts[0][weight] must be a number',
    );
    await expectV1Error(
      await postV1Form(i2i(), [...PROMPT, ['image_strength', '1.5'], ['init_image', init]]),
      400,
      'bad_request',
      'image_strength must be a number from 0 to 1',
    );
    await expectV1Error(
      await postV1Form(i2i(), [
        ['steps', '20'],
        ['init_image', init],
      ]),
      400,
      'bad_request',
      'text_prompts is required',
    );
    await expectV1Error(await postV1Form(i2i(), PROMPT), 400, 'bad_request', 'init_image is required');
    await expectV1Error(
      await postV1Form(i2i(), [...PROMPT, ['init_image', Buffer.from('not an image')]]),
      400,
      'bad_request',
      'invalid_mime_type: ',
    );
  });

  it('accepts images and fields sent with neither filename nor content type (hand-built multipart)', async () => {
    const res = await postRawMultipart(i2i(), [
      { name: 'text_prompts[0][text]', data: 'a fox' },
      { name: 'init_image', data: init },
      { name: 'samples', data: '2' },
    ]);
    expect((await artifacts(res)).length).toBe(2);
  });
});

describe('v1 masking (flattened multipart fields)', () => {
  it('repaints where a white mask says, keeping the rest exactly', async () => {
    const size = 512;
    const white = new Uint8Array(size * size * 4);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++)
        white.set(x < size / 2 ? [255, 255, 255, 255] : [0, 0, 0, 255], (y * size + x) * 4);
    const src = await solidImage(size, size, { r: 20, g: 120, b: 200, alpha: 1 });
    const res = await postV1Form(masking(), [
      ['mask_source', 'MASK_IMAGE_WHITE'],
      ...PROMPT,
      ['init_image', src],
      ['mask_image', await rawPng(size, size, white)],
    ]);
    const out = await decodeRgba(await base64Of(res));
    const at = (x: number, y: number) => [...out.data.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(400, 100)).toEqual([20, 120, 200, 255]);
    expect(at(100, 100)).not.toEqual([20, 120, 200, 255]);
  });

  it('reads INIT_IMAGE_ALPHA from the init image, and wants a mask for MASK_IMAGE_BLACK', async () => {
    const res = await postV1Form(masking(), [
      ['mask_source', 'INIT_IMAGE_ALPHA'],
      ...PROMPT,
      ['init_image', fixture('mask_image_alpha.png')],
    ]);
    expect((await artifacts(res)).length).toBe(1);
    await expectV1Error(
      await postV1Form(masking(), [['mask_source', 'MASK_IMAGE_BLACK'], ...PROMPT, ['init_image', init]]),
      400,
      'bad_request',
      'invalid_mask_image: ',
    );
    await expectV1Error(
      await postV1Form(masking(), [...PROMPT, ['init_image', init]]),
      400,
      'bad_request',
      'mask_source is required',
    );
  });
});

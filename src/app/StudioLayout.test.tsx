// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provideGalleryRepository, useGalleryStore } from '../features/gallery';
import { createMemoryRepository } from '../features/gallery/db/createMemoryRepository';
import { useOptionsStore } from '../features/generation';
import { useSettingsDialog, useSettingsStore } from '../features/settings';
import { resetStage } from '../features/stage';
import { App } from './App';
import { useStudioView } from './studioView';

const PNG = btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0));
const ENGINES = {
  engines: [{ id: 'stable-diffusion-v1-5', name: 'Stable Diffusion v1.5', description: '', type: 'PICTURE' }],
};

interface Sent {
  url: string;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | undefined;
}

let sent: Sent[];
let engineCalls: string[];
let answer: (url: string, signal: AbortSignal | undefined) => Promise<Response>;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  useOptionsStore.getState().resetOptions();
  provideGalleryRepository(createMemoryRepository({ thumbnailer: async (png) => png }));
  useGalleryStore.setState({ items: [], lastDeleted: null });
  // happy-dom has no layout; a panel-sized scroll box lets the virtualized gallery render its rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
  useSettingsDialog.getState().closeSettings();
  useStudioView.setState({ dialog: null, view: null });
  resetStage();
  useSettingsStore.setState({ host: '', apiKey: '', organization: '' });
  sent = [];
  engineCalls = [];
  answer = async () =>
    json(200, {
      artifacts: [
        { base64: PNG, seed: 77, finishReason: 'SUCCESS' },
        { base64: PNG, seed: 78, finishReason: 'CONTENT_FILTERED' },
      ],
    });
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = String(input);
    if (url.endsWith('/engines/list')) {
      engineCalls.push(url);
      return json(200, ENGINES);
    }
    // The balance beside Generate is read on load and after each run; it is no generation request.
    if (url.endsWith('/user/balance')) return json(200, { credits: 100 });
    sent.push({
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      signal: init.signal ?? undefined,
    });
    return answer(url, init.signal ?? undefined);
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const prompt = (n: number) => screen.getByRole('textbox', { name: `Prompt ${n}` });

/** Generate, once the API's rules have loaded (they are no part of the first paint: "Checking…" till then). */
async function clickGenerate() {
  const generate = screen.getByRole('button', { name: 'Generate' }) as HTMLButtonElement;
  await waitFor(() => expect(generate.disabled).toBe(false), { timeout: 10_000 });
  fireEvent.click(generate);
}

describe('studio', () => {
  it('sends the prompt rows as the contract wants and shows results newest first with their seeds', async () => {
    render(<App />);
    fireEvent.change(prompt(1), { target: { value: 'a red fox' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add prompt' }));
    fireEvent.change(prompt(2), { target: { value: 'blurry' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Prompt 2 weight' }), {
      target: { value: '-1' },
    });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '77' } });
    await clickGenerate();

    const gallery = await screen.findByRole('region', { name: 'Gallery' });
    await waitFor(() => expect(within(gallery).getAllByRole('gridcell')).toHaveLength(2));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/v1alpha/generation/stable-diffusion-v1-5/text-to-image');
    expect(sent[0]!.headers.get('Authorization')).toBe('gesso-local-dev-key');
    expect(sent[0]!.body).toMatchObject({
      text_prompts: [
        { text: 'a red fox', weight: 1 },
        { text: 'blurry', weight: -1 },
      ],
      seed: 77,
      width: 512,
      height: 512,
    });
    const [first, second] = within(gallery).getAllByRole('gridcell');
    expect(within(first!).getByRole('img', { name: 'Result, seed 77' })).toBeTruthy();
    expect(within(first!).queryByText('CONTENT_FILTERED')).toBeNull();
    expect(within(second!).getByText('CONTENT_FILTERED')).toBeTruthy();

    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '0' } });
    fireEvent.click(within(second!).getByRole('button', { name: 'Reuse seed' }));
    expect((screen.getByRole('spinbutton', { name: 'Seed' }) as HTMLInputElement).value).toBe('78');
  });

  it('puts the newest result of a text-to-image run on stage over the canvas; a click in the gallery shows another', async () => {
    render(<App />);
    expect(screen.getByRole('region', { name: 'Canvas' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Stage' })).toBeNull();
    fireEvent.change(prompt(1), { target: { value: 'a red fox' } });
    await clickGenerate();
    // The stage's code loads on demand (under vitest: transformed on first use).
    const stage = await screen.findByRole('region', { name: 'Stage' }, { timeout: 10_000 });
    expect(await within(stage).findByRole('img', { name: 'Result, seed 77' })).toBeTruthy();
    const centre = screen.getByRole('group', { name: 'Centre view' });
    expect(within(centre).getByRole('button', { name: 'Stage' }).getAttribute('aria-pressed')).toBe('true');

    const gallery = screen.getByRole('region', { name: 'Gallery' });
    fireEvent.click(within(gallery).getByRole('img', { name: 'Result, seed 78' }).closest('button')!);
    expect(await within(stage).findByRole('img', { name: 'Result, seed 78' })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Result' })).toBeNull();

    fireEvent.click(within(centre).getByRole('button', { name: 'Canvas' }));
    expect(screen.queryByRole('region', { name: 'Stage' })).toBeNull();
    expect(within(centre).getByRole('button', { name: 'Canvas' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps what was typed and explains a 401 with a pointer to Settings', async () => {
    answer = async () =>
      json(401, {
        name: 'unauthorized',
        id: 'x1',
        message: 'missing or invalid API key',
        temporary: false,
        timeout: false,
        fault: false,
      });
    render(<App />);
    fireEvent.change(prompt(1), { target: { value: 'a lighthouse' } });
    await clickGenerate();
    const alert = await screen.findByText(/API key was not accepted/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect((prompt(1) as HTMLTextAreaElement).value).toBe('a lighthouse');
    fireEvent.click(screen.getByRole('button', { name: 'Edit connection' }));
    // The dialog loads on demand.
    expect(await screen.findByRole('dialog', { name: 'Settings' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('shows each running generation with its own Cancel, which aborts the request', async () => {
    answer = (_url, signal) =>
      new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    render(<App />);
    fireEvent.change(prompt(1), { target: { value: 'slow one' } });
    await clickGenerate();
    await clickGenerate();
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Cancel' })).toHaveLength(2));
    const runs = screen.getByRole('list', { name: 'Running generations' });
    expect(within(runs).getAllByText('slow one')).toHaveLength(2);
    expect(within(runs).getAllByText(/^\d+\.\d s$/)).toHaveLength(2);

    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Cancel' })[0]!));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Cancel' })).toHaveLength(1));
    expect(sent.filter((s) => s.signal?.aborted)).toHaveLength(1);
    // A cancel is not an error.
    expect(screen.queryByText(/cancelled/)).toBeNull();
  });

  it('disables Generate and sends nothing while the size breaks the engine rule', async () => {
    render(<App />);
    fireEvent.change(prompt(1), { target: { value: 'a cat' } });
    const generate = screen.getByRole('button', { name: 'Generate' }) as HTMLButtonElement;
    await waitFor(() => expect(generate.disabled).toBe(false), { timeout: 10_000 });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Width' }), { target: { value: '500' } });
    expect(generate.disabled).toBe(true);
    expect(screen.getAllByRole('alert').some((a) => /increments of 64/.test(a.textContent ?? ''))).toBe(true);
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    fireEvent.click(generate);
    expect(sent).toHaveLength(0);
  });

  it('opens "Compare seeds" and "X/Y grid" (their code loaded on demand) from the current recipe', async () => {
    render(<App />);
    fireEvent.change(prompt(1), { target: { value: 'a red fox' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare seeds' }));
    // The first open imports the compare feature's chunk (under vitest: transforms it), so allow time.
    const seeds = await screen.findByRole('dialog', { name: 'Compare seeds' }, { timeout: 10_000 });
    fireEvent.click(within(seeds).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Compare seeds' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'X/Y grid' }));
    const grid = await screen.findByRole('dialog', { name: 'X/Y grid' });
    expect(within(grid).getByRole('textbox', { name: 'Y values' })).toBeTruthy();
    expect(useStudioView.getState().dialog?.current.request.params.prompts).toEqual([
      { text: 'a red fox', weight: 1 },
    ]);
  });

  it('generates with Ctrl+Enter', async () => {
    render(<App />);
    fireEvent.change(prompt(1), { target: { value: 'a cat' } });
    const generate = screen.getByRole('button', { name: 'Generate' }) as HTMLButtonElement;
    await waitFor(() => expect(generate.disabled).toBe(false), { timeout: 10_000 });
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(sent).toHaveLength(1));
  });

  it('asks a new host for its engines only once Settings is closed, never while the host is typed', async () => {
    render(<App />);
    await waitFor(() => expect(engineCalls).toEqual(['/v1alpha/engines/list']));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const host = await screen.findByRole('textbox', { name: 'API host' }, { timeout: 10_000 });
    for (const partial of ['http://1', 'http://127.0.0.1:78', 'http://127.0.0.1:7861']) {
      fireEvent.change(host, { target: { value: partial } });
    }
    // Flush effects: a query that would start on a host change calls fetch synchronously in its effect.
    await act(async () => {});
    expect(engineCalls).toEqual(['/v1alpha/engines/list']);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(engineCalls).toEqual(['/v1alpha/engines/list', 'http://127.0.0.1:7861/v1alpha/engines/list']),
    );
  });
});

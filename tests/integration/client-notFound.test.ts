import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../../server/listen.ts';
import { createClient, v1alphaBackend } from '../../src/lib/api/index.ts';
import { describeClientError } from '../../src/features/settings/describeClientError.ts';
import { localConnection, rejection, textRequest } from './client-support.ts';

// The two 404s the engine sends (unknown engine, no route) read as different sentences in the studio.
let running: RunningEngine;
beforeAll(async () => {
  running = await startEngine({ port: 0 });
});
afterAll(async () => {
  await running.close();
});

describe('client → engine, 404 in plain words', () => {
  it('an unknown engine id names the engine, not the host', async () => {
    const e = await rejection(
      createClient(localConnection(running.url), v1alphaBackend).generate({
        ...textRequest(),
        engineId: 'no-such-engine',
      }),
    );
    expect(describeClientError(e, { host: running.url, engineId: 'no-such-engine' })).toBe(
      `The engine “no-such-engine” is not offered by ${running.url}. Choose another engine from the list.`,
    );
  });

  it('a host with a path (no such route) says the host does not serve the API', async () => {
    // The client allows a path in the host (the Settings field does not); the engine has no route there.
    const host = `${running.url}/proxy`;
    const e = await rejection(createClient(localConnection(host), v1alphaBackend).generate(textRequest()));
    expect(describeClientError(e, { host, engineId: 'stable-diffusion-v1-5' })).toBe(
      `${host} did not answer as a Stability API: it answered 404 “No route "/proxy/v1alpha/generation/stable-diffusion-v1-5/text-to-image"”. Check API host in Settings.`,
    );
  });
});

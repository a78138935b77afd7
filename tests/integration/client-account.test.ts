import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../../server/listen.ts';
import {
  createClient,
  v1alphaBackend,
  ENGINE_CATALOGUE,
  LOCAL_ENGINE_ORG_ID,
} from '../../src/lib/api/index.ts';
import { localConnection, textRequest } from './client-support.ts';

let running: RunningEngine;
beforeAll(async () => {
  running = await startEngine({ port: 0, balance: 10 });
});
afterAll(async () => {
  await running.close();
});

describe('client → engine, engines and account', () => {
  it('lists every catalogue engine as PICTURE', async () => {
    const engines = await createClient(localConnection(running.url), v1alphaBackend).listEngines();
    expect(engines.map((e) => e.id).sort()).toEqual(ENGINE_CATALOGUE.map((e) => e.id).sort());
    // The client keeps PICTURE engines only and says which modes each serves.
    expect(engines.every((e) => e.modes.includes('text-to-image') && e.name.length > 0)).toBe(true);
  });

  it('reads the local account and its default organization', async () => {
    const account = await createClient(localConnection(running.url), v1alphaBackend).getAccount();
    expect(account.organizations).toContainEqual(
      expect.objectContaining({ id: LOCAL_ENGINE_ORG_ID, is_default: true }),
    );
  });

  it('reads a balance that falls by the cost of each image generated', async () => {
    const client = createClient(localConnection(running.url), v1alphaBackend);
    const before = await client.getBalance();
    expect(before.credits).toBe(10);
    await client.generate(textRequest({ samples: 2, steps: 50 }));
    const after = await client.getBalance();
    // 0.2 credits per 512×512, 50-step image (server/generation/cost.ts).
    expect(after.credits).toBeCloseTo(10 - 2 * 0.2, 6);
  });
});

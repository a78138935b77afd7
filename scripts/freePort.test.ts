import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { findFreePort, findFreePortSync } from './freePort';

/** Proves a port is free by binding it. */
function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('findFreePort', () => {
  it('returns a port that can be bound right away', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(await bindable(port)).toBe(true);
  });

  it('has a synchronous twin for config files', async () => {
    const port = findFreePortSync();
    expect(port).toBeGreaterThan(0);
    expect(await bindable(port)).toBe(true);
  });
});

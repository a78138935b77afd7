import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimiter.ts';

describe('RateLimiter', () => {
  it('lets `limit` requests through per window, refuses the next and locks the key out', () => {
    let now = 1000;
    const limiter = new RateLimiter({ limit: 3, windowMs: 10_000, lockoutMs: 60_000 }, () => now);
    expect([limiter.take('k'), limiter.take('k'), limiter.take('k')]).toEqual([null, null, null]);
    now += 500;
    expect(limiter.take('k')).toBe(60_000);
    now += 20_000;
    // Still locked out, though the window has long passed: says how long is left.
    expect(limiter.take('k')).toBe(40_000);
    expect(limiter.take('other')).toBeNull();
    now += 40_000;
    expect(limiter.take('k')).toBeNull();
  });
  it('slides the window: old requests stop counting', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000, lockoutMs: 5000 }, () => now);
    expect(limiter.take('k')).toBeNull();
    now = 600;
    expect(limiter.take('k')).toBeNull();
    now = 1000;
    // The first request (t = 0) left the window at t = 1000.
    expect(limiter.take('k')).toBeNull();
    now = 1100;
    expect(limiter.take('k')).toBe(5000);
  });
  it('never refuses with a limit of 0', () => {
    const limiter = new RateLimiter({ limit: 0, windowMs: 1, lockoutMs: 1 });
    for (let i = 0; i < 1000; i++) expect(limiter.take('k')).toBeNull();
  });
});

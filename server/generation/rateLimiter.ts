/** Limits of the per-key request counter (config `rateLimit`, `rateWindowMs`, `rateLockoutMs`). */
export interface RateLimits {
  /** Requests allowed per key within `windowMs`; 0 = no limit. */
  limit: number;
  windowMs: number;
  /** How long a key that went over is refused, from the request that went over. */
  lockoutMs: number;
}

interface KeyState {
  /** Times of the requests still inside the window, oldest first. */
  times: number[];
  lockedUntil: number;
}

/**
 * The Stable Image API's rate limit (shared/API-v2beta.md §5.4): `limit` requests per key in any
 * `windowMs`; the one after them is refused and locks the key out for `lockoutMs`, during which every request
 * is refused. Memory per key is at most `limit` timestamps. `now` is injectable for tests.
 */
export class RateLimiter {
  readonly #limits: RateLimits;
  readonly #now: () => number;
  readonly #keys = new Map<string, KeyState>();

  constructor(limits: RateLimits, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /** Counts one request for `key`: `null` when it may go ahead, else the milliseconds until the key may retry. */
  take(key: string): number | null {
    const { limit, windowMs, lockoutMs } = this.#limits;
    if (limit <= 0) return null;
    const now = this.#now();
    let state = this.#keys.get(key);
    if (!state) {
      state = { times: [], lockedUntil: 0 };
      this.#keys.set(key, state);
    }
    if (now < state.lockedUntil) return state.lockedUntil - now;
    const since = now - windowMs;
    let drop = 0;
    while (drop < state.times.length && state.times[drop]! <= since) drop++;
    if (drop > 0) state.times.splice(0, drop);
    if (state.times.length >= limit) {
      state.times = [];
      state.lockedUntil = now + lockoutMs;
      return lockoutMs;
    }
    state.times.push(now);
    return null;
  }
}

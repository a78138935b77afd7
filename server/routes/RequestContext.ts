import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AcceptMode } from '../../src/lib/api/index.ts';
import type { EngineConfig } from '../config.ts';
import type { Dialect } from '../dialects/Dialect.ts';
import type { RateLimiter } from '../generation/rateLimiter.ts';

/** The engine's mutable state, shared by every request (and every dialect: one balance for all APIs). */
export interface EngineState {
  /** Credits left; falls by each image's cost and may go below zero (unless v2beta's refuseWhenSpent). */
  balance: number;
  /** Generations being worked on now (tests and tools can watch a cancel take effect). */
  activeGenerations: number;
  /** v2beta's per-key request counter (config rateLimit, rateWindowMs, rateLockoutMs). */
  rateLimiter: RateLimiter;
}

/** What an operation gets once routing (and, for v1alpha and v1, the key, engine and Accept checks) passed. */
export interface RequestContext<D extends Dialect = Dialect> {
  req: IncomingMessage;
  res: ServerResponse;
  params: Readonly<Record<string, string>>;
  config: Readonly<EngineConfig>;
  state: EngineState;
  /** The API the request was sent in: it reads the body and writes the answer. */
  dialect: D;
  /** Response mode (generation and upscale routes; JSON for the others). */
  accept: AcceptMode;
  /** The catalogue engine id of a generation or upscale route; '' elsewhere. */
  engineId: string;
  /** Aborts when the client disconnects before the response is finished. */
  signal: AbortSignal;
  /**
   * Checks the request's key (401 when missing or not accepted) and returns it. v1alpha and v1 have passed it
   * before the operation runs; v2beta operations call it once the body's fields are valid (§10: 400 before 401).
   */
  authorize(): string;
}

/**
 * One operation. `engine` says which engine check runs before it: the path's engine must be a generation
 * engine, an upscale engine, or (null) there is none.
 */
export interface Operation<D extends Dialect = Dialect> {
  engine: 'generation' | 'upscale' | null;
  run(ctx: RequestContext<D>): Promise<void>;
}

/** What a route names: the dialect it is served in and the operation it runs. */
export interface RouteSpec {
  dialect: Dialect;
  operation: Operation;
}

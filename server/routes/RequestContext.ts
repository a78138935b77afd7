import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AcceptMode } from '../../src/lib/api/index.ts';
import type { EngineConfig } from '../config.ts';
import type { Dialect } from '../dialects/Dialect.ts';

/** The engine's mutable state, shared by every request (and every dialect: one balance for all APIs). */
export interface EngineState {
  /** Credits left; falls by each image's cost and may go below zero (the engine never refuses work). */
  balance: number;
  /** Generations being worked on now (tests and tools can watch a cancel take effect). */
  activeGenerations: number;
}

/** What an operation gets once routing, auth, organization, engine and Accept checks have passed. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Readonly<Record<string, string>>;
  config: Readonly<EngineConfig>;
  state: EngineState;
  /** The API the request was sent in: it reads the body and writes the answer. */
  dialect: Dialect;
  /** Response mode (generation and upscale routes; JSON for the others). */
  accept: AcceptMode;
  /** The catalogue engine id of a generation or upscale route; '' elsewhere. */
  engineId: string;
  /** Aborts when the client disconnects before the response is finished. */
  signal: AbortSignal;
}

/**
 * One operation, shared by every dialect. `engine` says which engine check runs before it: the path's
 * engine must be a generation engine, an upscale engine, or (null) there is none.
 */
export interface Operation {
  engine: 'generation' | 'upscale' | null;
  run(ctx: RequestContext): Promise<void>;
}

/** What a route names: the dialect it is served in and the operation it runs. */
export interface RouteSpec {
  dialect: Dialect;
  operation: Operation;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AcceptMode } from '../../src/lib/api/index.ts';
import type { EngineConfig } from '../config.ts';

/** The engine's mutable state, shared by every request. */
export interface EngineState {
  /** Credits left; falls by each image's cost and may go below zero (the engine never refuses work). */
  balance: number;
  /** Generations being worked on now (tests and tools can watch a cancel take effect). */
  activeGenerations: number;
}

/** What a route handler gets once routing, auth, organization, engine and Accept checks have passed. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Readonly<Record<string, string>>;
  config: Readonly<EngineConfig>;
  state: EngineState;
  /** Response mode (generation routes; JSON for the others). */
  accept: AcceptMode;
  /** The catalogue engine id of a generation route; '' elsewhere. */
  engineId: string;
  /** Aborts when the client disconnects before the response is finished. */
  signal: AbortSignal;
}

/** A route's behaviour: `generation` routes also get the engine-id and Accept checks. */
export interface RouteSpec {
  generation: boolean;
  run(ctx: RequestContext): Promise<void>;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  AcceptMode,
  CatalogueEngine,
  FinishReason,
  GenerationMode,
  OptionRules,
  WireEngine,
} from '../../src/lib/api/index.ts';
import type { MultipartPart } from '../http/readMultipart.ts';
import type { ErrorWriter } from '../http/sendError.ts';

/** The APIs the engine speaks (v2beta comes next). */
export type DialectId = 'v1alpha' | 'v1';

/** A generation request as a dialect read it: the shared option vocabulary, not yet validated. */
export interface ReadGeneration {
  /** Options as the shared validateOptions takes them (snake_case, numbers as numbers). */
  options: unknown;
  /** Image modes: the init image part (absent = not sent). */
  init?: MultipartPart;
  /** Masking: the mask part (absent = not sent). */
  mask?: MultipartPart;
}

/** An upscale request as a dialect read it. */
export interface ReadUpscale {
  image?: MultipartPart;
  width?: number;
  height?: number;
}

/** One generated image, ready to answer with. */
export interface Artifact {
  png: Buffer;
  seed: number;
  finishReason: FinishReason;
}

/**
 * One API as the engine serves it. A dialect only reads requests (body shape, field names, auth details,
 * Accept) and writes answers (success body, error body and content type, header names); the operations
 * (server/operations) and everything under them — validation, imaging, cost, balance, content filter,
 * delay, CORS and the hardening — are shared. Adding an API = one module like this and its routes.
 */
export interface Dialect {
  readonly id: DialectId;
  /** Path prefix, e.g. `/v1alpha`; a path belongs to the dialect whose prefix is a whole first segment of it. */
  readonly prefix: string;
  /** Parameters of the shared option rules (seed range, extra fields, defaults, size codes). */
  readonly rules: OptionRules;
  /** Engines that generate (text-to-image, image-to-image, masking). */
  readonly engines: readonly CatalogueEngine[];
  /** Engines that only upscale (`/image-to-image/upscale`). */
  readonly upscaleEngines: ReadonlyArray<Pick<CatalogueEngine, 'id' | 'name' | 'description'>>;
  /** Wire names of the image parts, for messages about them. */
  readonly imageFields: { init: string; mask: string; upscale: string };
  /** Request headers a CORS preflight allows. */
  readonly corsAllowHeaders: string;
  /** The API key in an Authorization header value; `null` when there is none. */
  readKey(header: string | undefined): string | null;
  /** The response mode an Accept header asks for; `null` = not one the API serves (400, `acceptError`). */
  parseAccept(header: string | string[] | undefined): AcceptMode | null;
  readonly acceptError: string;
  /** Reads a generation request's body (text-to-image, image-to-image or masking). */
  readGeneration(req: IncomingMessage, mode: GenerationMode): Promise<ReadGeneration>;
  /** Reads an upscale request's body; only dialects with upscale routes need it. */
  readUpscale?(req: IncomingMessage): Promise<ReadUpscale>;
  /** Answers with generated images in the requested mode. */
  sendArtifacts(res: ServerResponse, artifacts: readonly Artifact[], accept: AcceptMode): void;
  /** Answers the engine list. */
  sendEngines(res: ServerResponse, engines: WireEngine[]): void;
  /** The body and content type of an error answer (the status is the same for every dialect). */
  readonly errorAnswer: ErrorWriter;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  AcceptMode,
  CatalogueEngine,
  FinishReason,
  WireGenerationMode,
  OptionRules,
  WireEngine,
} from '../../src/lib/api/index.ts';
import type { MultipartPart } from '../http/readMultipart.ts';
import type { ErrorWriter } from '../http/sendError.ts';
import type { OutputImageFormat } from '../generation/pixels.ts';

/** The APIs the engine speaks. */
export type DialectId = 'v1alpha' | 'v1' | 'v2beta';

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

/** One generated image, encoded and ready to answer with. */
export interface Artifact {
  bytes: Buffer;
  /** How `bytes` are encoded (v1alpha and v1: always PNG). */
  format: OutputImageFormat;
  seed: number;
  finishReason: FinishReason;
}

/** The messages of a 401. */
export interface AuthMessages {
  /** No key, or not an accepted one. */
  missing: string;
  /** More than one Authorization header. */
  ambiguous: string;
}

/**
 * What every API does for itself, as the engine serves it: where it lives, how it reads keys and Accept,
 * how it answers images and errors, and CORS. A dialect only reads requests and writes answers; the
 * operations (server/operations) and everything under them — imaging, cost, balance, content filter,
 * delay, CORS and the hardening — are shared. Adding an API = one module like this and its routes.
 */
interface DialectBase {
  readonly id: DialectId;
  /** Path prefix, e.g. `/v1alpha`; a path belongs to the dialect whose prefix is a whole first segment of it. */
  readonly prefix: string;
  /** Request headers a CORS preflight allows. */
  readonly corsAllowHeaders: string;
  /** Response headers cross-origin scripts may read. */
  readonly corsExposeHeaders: string;
  /** The API key in an Authorization header value; `null` when there is none. */
  readKey(header: string | undefined): string | null;
  readonly authMessages: AuthMessages;
  /** Whether an Organization header is checked (v1alpha and v1; v2beta has none). */
  readonly checksOrganization: boolean;
  /**
   * The response mode an Accept header asks for; `null` = not one the API serves (400, `acceptError`).
   * `image/png` means "the image's bytes" (v2beta sends them in the requested output format).
   */
  parseAccept(header: string | string[] | undefined): AcceptMode | null;
  readonly acceptError: string;
  /** Answers with generated images in the requested mode. */
  sendArtifacts(res: ServerResponse, artifacts: readonly Artifact[], accept: AcceptMode): void;
  /** The body and content type of an error answer (the status is the same for every dialect). */
  readonly errorAnswer: ErrorWriter;
  /** Headers every answer of the API carries, set before anything else (v2beta: `x-request-id`). */
  beginAnswer?(res: ServerResponse): void;
}

/**
 * v1alpha and v1: engines in the path, the key checked before the body, the shared validateOptions with the
 * dialect's `OptionRules`, the first problem as the 400.
 */
export interface V1xDialect extends DialectBase {
  readonly kind: 'v1x';
  readonly id: 'v1alpha' | 'v1';
  /** Parameters of the shared option rules (seed range, extra fields, defaults, size codes). */
  readonly rules: OptionRules;
  /** Engines that generate (text-to-image, image-to-image, masking). */
  readonly engines: readonly CatalogueEngine[];
  /** Engines that only upscale (`/image-to-image/upscale`). */
  readonly upscaleEngines: ReadonlyArray<Pick<CatalogueEngine, 'id' | 'name' | 'description'>>;
  /** Wire names of the image parts, for messages about them. */
  readonly imageFields: { init: string; mask: string; upscale: string };
  /** Reads a generation request's body (text-to-image, image-to-image or masking). */
  readGeneration(req: IncomingMessage, mode: WireGenerationMode): Promise<ReadGeneration>;
  /** Reads an upscale request's body; only dialects with upscale routes need it. */
  readUpscale?(req: IncomingMessage): Promise<ReadUpscale>;
  /** Answers the engine list. */
  sendEngines(res: ServerResponse, engines: WireEngine[]): void;
}

/**
 * The Stable Image API (v2beta): one endpoint per operation, multipart fields checked all at once, the key
 * checked only after them (shared/API-v2beta.md §10), `{id, name, errors}` bodies. Its reading lives in
 * dialects/v2betaForm.ts, v2betaJob.ts and v2betaAdmission.ts.
 */
export interface V2betaDialect extends DialectBase {
  readonly kind: 'v2beta';
  readonly id: 'v2beta';
}

/** One API as the engine serves it. */
export type Dialect = V1xDialect | V2betaDialect;

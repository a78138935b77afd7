import type { Connection } from '../connection.ts';
import type { ApiError } from '../errors.ts';
import type { ParseResult, RawResponse } from '../parseGenerationResponse.ts';
import type { SizeRule } from '../sizeRules.ts';
import type { ValidationIssue } from '../validateOptions.ts';
import type { MaskSource, WireAccount, WireBalance } from '../wire.ts';
import type { BackendId, GenerationMode, GenerationRequest } from './GenerationRequest.ts';

/** A number option's range and default. */
export interface NumberSpec {
  min: number;
  max: number;
  default: number;
  step?: number;
  integer?: boolean;
}

/** A choice option's values (and default, when the API has one). */
export interface ChoiceSpec<T extends string = string> {
  values: readonly T[];
  default?: T;
}

/**
 * How the output size is chosen: an explicit width × height under a rule, or an aspect ratio from a list.
 * In image modes, `input` is the rule an API that takes any size within limits (v2beta, §2.4) puts on the
 * input image: what it refuses (its own sentence, or null) and the area it is made for.
 */
export type SizeCapability =
  | { kind: 'explicit'; rule: SizeRule; step: number; sideMin: number }
  | { kind: 'aspect-ratio'; ratios: readonly string[]; default: string }
  | {
      kind: 'input';
      /** Whose rule it is, as sentences name it ("Inpaint", "SD 3.5 Large"). */
      name: string;
      problem(width: number, height: number): string | null;
      nativeArea: number;
    };

/**
 * The option fields that exist for one engine in one mode, with their ranges: the panel shows exactly these,
 * and the X/Y grid offers only these on its axis.
 */
export interface FieldSet {
  /** Text-to-image: the output size; image modes: the rule the init image itself must meet. */
  size?: SizeCapability;
  steps?: NumberSpec;
  cfgScale?: NumberSpec;
  sampler?: ChoiceSpec;
  clipGuidancePreset?: ChoiceSpec;
  stylePreset?: ChoiceSpec;
  /** Pictures per run the user may ask for (`split` handles the API's own per-request maximum). */
  samples: NumberSpec;
  seed: NumberSpec;
  imageStrength?: NumberSpec;
  stepScheduleEnd?: NumberSpec;
  maskSource?: ChoiceSpec<MaskSource>;
  /** Inpaint and erase (v2beta): pixels the mask grows by. */
  growMask?: NumberSpec;
  /** Outpaint and conservative upscale (v2beta). */
  creativity?: NumberSpec;
  /** Upscale: the limits, the scale factor (or about it, for one that aims at a pixel count), and whether a prompt guides it. */
  upscale?: { maxOutputPixels: number; maxInputPixels: number; factor: number; prompted?: boolean };
}

/** One engine or model as the studio lists it. */
export interface ModelInfo {
  id: string;
  name: string;
  description: string;
  modes: readonly GenerationMode[];
  /** Credits per picture, where the API prices by model or endpoint (v2beta); shown beside the name. */
  credits?: number;
}

/** What one API can do, as plain data (part of the first paint). */
export interface Capabilities {
  modes: readonly GenerationMode[];
  prompts: 'weighted-list' | 'prompt-and-negative';
  /** Engines/models known without asking the server (shown until, or unless, a list arrives). */
  catalogue: readonly ModelInfo[];
  defaultEngineId: string;
  listsEngines: boolean;
  account: boolean;
  balance: boolean;
  /** The most images one request may return (v1alpha, v1: 10; v2beta: 1). */
  maxSamplesPerRequest: number;
  /** Whether Stability's own host (`https://api.stability.ai`) still serves this API (v1alpha: retired in 2023). */
  servedByStability: boolean;
}

/**
 * Everything about one API the studio needs before it sends anything: plain data and pure functions, no
 * parser and no client, so it is part of the first paint. {@link Backend} adds validation and the wire;
 * `loadBackendRuntime(id)` (registry.ts) loads it on demand.
 */
export interface BackendInfo {
  readonly id: BackendId;
  /** The option text of combobox "API version": "v1alpha", "v1", "Stable Image (v2beta)". */
  readonly label: string;
  readonly capabilities: Capabilities;
  fields(engineId: string, mode: GenerationMode): FieldSet;
  /** The request as it will be sent and recorded: fields that do not apply to its mode or engine dropped. */
  normalize(request: GenerationRequest): GenerationRequest;
  /** Credits one request costs (all its samples), by this API's price rule. */
  cost(request: GenerationRequest): number;
  /** Splits a request into ones this API takes at once (more samples than it allows → seeds s, s+1, …). */
  split(request: GenerationRequest): GenerationRequest[];
}

/** A `fetch` call, built and not yet sent. */
export interface HttpCall {
  url: string;
  init: RequestInit;
}

/** Where the engine list is, and how to read its answer. */
export interface EngineList {
  /** GET path, e.g. `/v1/engines/list`. */
  path: string;
  /** The engines of a parsed JSON answer, or which fields broke the API's shape. */
  decode(json: unknown): { ok: true; models: ModelInfo[] } | { ok: false; issues: string };
}

/** How one API looks on the wire: every URL, field name and body shape of the studio's requests. */
export interface BackendWire {
  /** The generation (or upscale) request: URL, headers and body. */
  generate(request: GenerationRequest, conn: Connection): HttpCall;
  /** Reads a 2xx answer of `generate`. */
  decodeGeneration(raw: RawResponse, request: GenerationRequest, apiKey: string): ParseResult;
  /** Reads any non-2xx answer (`headers`: its headers, for `Retry-After`). */
  decodeError(status: number, bodyText: string, apiKey: string, headers?: Headers): ApiError;
  readonly listEngines?: EngineList;
  /** GET path answering a {@link WireAccount}. */
  readonly accountPath?: string;
  /** GET path answering a {@link WireBalance}. */
  readonly balancePath?: string;
  /** The `Authorization` value for a key (v1alpha: the bare key; v1, v2beta: `Bearer <key>`). */
  authorization(apiKey: string): string;
}

/**
 * How an API that takes one prompt string (v2beta) is sent the studio's weighted prompt list: each wire field
 * with its text, and what the mapping changed (a weight clamped, a negative weight dropped).
 */
export interface PromptPreview {
  fields: ReadonlyArray<{ name: string; text: string }>;
  notes: readonly string[];
}

/** One API, all of it: what it can do ({@link BackendInfo}), every rule it applies, and its wire. */
export interface Backend extends BackendInfo {
  /** Every rule the engine applies, on the neutral request; each issue's `field` is a neutral name. */
  validate(request: GenerationRequest): ValidationIssue[];
  /** APIs whose prompt form differs from the studio's list: what a request's prompts are sent as. */
  previewPrompts?(request: GenerationRequest): PromptPreview;
  readonly wire: BackendWire;
}

/** Account answers, typed for the client's callers. */
export type { WireAccount, WireBalance };

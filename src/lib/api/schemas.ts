import { z } from './zod.ts';
import { FINISH_REASONS } from './wire.ts';

/**
 * zod/mini schemas for every response body the client accepts. Unknown fields are stripped (the real API may
 * add some); missing or mistyped contract fields fail, and the client reports them as `invalid_response`.
 */

export const finishReasonSchema = z.enum(FINISH_REASONS);

/** Largest seed a response or a PNG recipe may carry (uint32: covers the real API and other tools too). */
export const REPORTED_SEED_MAX = 4_294_967_295;

/** A seed as reported by the engine: a non-negative integer up to {@link REPORTED_SEED_MAX}. */
export const seedSchema = z.int().check(z.minimum(0), z.maximum(REPORTED_SEED_MAX));

export const artifactSchema = z.object({
  base64: z.string().check(z.minLength(1)),
  seed: seedSchema,
  finishReason: finishReasonSchema,
});

export const artifactsResponseSchema = z.object({
  artifacts: z.array(artifactSchema).check(z.minLength(1)),
});

export const engineSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  description: z.string(),
  // A string, not the literal: other engine types must not invalidate the whole list; the client keeps
  // only PICTURE engines.
  type: z.string(),
});

export const enginesResponseSchema = z.object({ engines: z.array(engineSchema) });

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  is_default: z.boolean(),
});

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  organizations: z.array(organizationSchema),
});

export const balanceSchema = z.object({ credits: z.number() });

/**
 * The goa error body, every field optional: an error response is turned into an `ApiError` whatever
 * it holds, so a partial body only fills what it can.
 */
export const errorBodySchema = z.object({
  name: z.catch(z.optional(z.string()), undefined),
  id: z.catch(z.optional(z.string()), undefined),
  message: z.catch(z.optional(z.string()), undefined),
  temporary: z.catch(z.optional(z.boolean()), undefined),
  timeout: z.catch(z.optional(z.boolean()), undefined),
  fault: z.catch(z.optional(z.boolean()), undefined),
});

/** One line naming the first problems of a failed parse, for `ApiError.detail`. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : 'body'}: ${i.message}`)
    .join('; ');
}

/**
 * A success body's text parsed as JSON and checked against `schema`. Failure says whether the text was
 * not JSON at all or which fields broke the schema, so each caller words its own `invalid_response`.
 */
export function parseJsonBody<S extends z.ZodMiniType>(
  text: string,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; issues: string | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: null };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, issues: describeIssues(parsed.error) };
}

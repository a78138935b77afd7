import type { Dialect } from './Dialect.ts';
import { v1 } from './v1.ts';
import { v1alpha } from './v1alpha.ts';
import { v2beta } from './v2beta.ts';

/** Every API the engine serves. */
export const DIALECTS: readonly Dialect[] = [v1alpha, v1, v2beta];

/** Whether `path` is `prefix` itself or under it (`/v1alpha` is not under `/v1`). */
function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The dialect a URL path belongs to, or `undefined` for a path outside every API. */
export function dialectForPath(path: string): Dialect | undefined {
  return DIALECTS.find((d) => under(path, d.prefix));
}

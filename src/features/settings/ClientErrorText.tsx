import { useEffect, useState } from 'react';
import type { ErrorContext } from './describeClientError';

type Describe = typeof import('./describeClientError').describeClientError;

let loading: Promise<Describe> | undefined;
let loaded: Describe | undefined;

/** The sentences load with the first error: an error only ever follows a request, never the first paint. */
function loadDescribe(): Promise<Describe> {
  loading ??= import('./describeClientError').then((m) => (loaded = m.describeClientError));
  return loading;
}

/**
 * `describeClientError`'s sentence for `error` (what happened and what to do next). Its module is 1.8 kB
 * gzipped of wording the first paint never shows, so it is fetched when the first error is drawn; until
 * then (a few milliseconds, once) the error's own message stands in.
 */
export function ClientErrorText({ error, context }: { error: unknown; context: ErrorContext }) {
  const [describe, setDescribe] = useState<Describe | undefined>(() => loaded);
  useEffect(() => {
    if (!describe) void loadDescribe().then((d) => setDescribe(() => d));
  }, [describe]);
  if (describe) return describe(error, context);
  return error instanceof Error ? error.message : '';
}

import {
  BACKENDS,
  connectBackend,
  type BackendId,
  type Connection,
  type WireBalance,
} from '../../lib/api/studio';

/** How long "Test connection" waits for each API before counting it as not answered. */
export const PROBE_TIMEOUT_MS = 5000;

/** What "Test connection" found: the chosen API's balance or error, and every API the host answered. */
export interface HostProbe {
  /** The chosen API's answer. */
  selected: { ok: true; balance: WireBalance | null } | { ok: false; error: unknown };
  /** The APIs that answered, oldest first. */
  answered: BackendId[];
}

/**
 * Asks the host in every API at once, each with a short timeout: the balance where the API has one, else
 * its engine list. The chosen API's answer is kept whole (its balance, or the error to explain).
 */
export async function probeHost(
  conn: Connection,
  selected: BackendId,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<HostProbe> {
  const outcomes = await Promise.all(
    BACKENDS.map(async (backend) => {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const client = await connectBackend(backend.id, conn);
        const balance = backend.capabilities.balance ? await client.getBalance(signal) : null;
        if (!backend.capabilities.balance) await client.listEngines(signal);
        return { id: backend.id, ok: true as const, balance };
      } catch (error) {
        return { id: backend.id, ok: false as const, error };
      }
    }),
  );
  const mine = outcomes.find((o) => o.id === selected);
  return {
    selected: mine?.ok
      ? { ok: true, balance: mine.balance }
      : { ok: false, error: mine && !mine.ok ? mine.error : new Error(`No API ${selected}`) },
    answered: outcomes.filter((o) => o.ok).map((o) => o.id),
  };
}

/** "This host answers v1alpha and v1." — or that it answered none of them. */
export function describeAnswers(answered: readonly BackendId[]): string {
  const labels = answered.map((id) => BACKENDS.find((b) => b.id === id)?.label ?? id);
  if (labels.length === 0) return 'This host answered none of the API versions the studio speaks.';
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  return `This host answers ${list}.`;
}

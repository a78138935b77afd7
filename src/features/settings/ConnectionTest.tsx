import { useMutation } from '@tanstack/react-query';
import { Button, ErrorMessage } from '../../components/ui';
import type { BackendId, Connection } from '../../lib/api/studio';
import { describeClientError } from './describeClientError';
import { describeAnswers, probeHost } from './probeHost';
import { hostLabel } from './resolveConnection';

/**
 * "Test connection": asks the host in every API at once (probeHost) and says the chosen API's balance — or
 * why it failed — and which API versions the host answers.
 */
export function ConnectionTest({
  prepare,
  host,
}: {
  /** Commits the typed host; the connection and API to test, or null when the host is unusable. */
  prepare: () => { conn: Connection; apiVersion: BackendId } | null;
  host: string;
}) {
  const test = useMutation({
    mutationKey: ['settings', 'testConnection'],
    mutationFn: ({ conn, apiVersion }: { conn: Connection; apiVersion: BackendId }) =>
      probeHost(conn, apiVersion),
  });
  const run = () => {
    const target = prepare();
    if (target) test.mutate(target);
  };
  const probe = test.data;
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-ink-700 bg-ink-900 p-3">
      <div className="flex items-center justify-between gap-3">
        <Button onClick={run} disabled={test.isPending} title="Ask the host for this key's balance">
          {test.isPending ? 'Testing…' : 'Test connection'}
        </Button>
        <span className="truncate text-xs text-paper-500">{hostLabel(host)}</span>
      </div>
      {probe?.selected.ok && (
        <p role="status" className="text-sm text-ok-400">
          Connected.
          {probe.selected.balance &&
            ` Balance: ${probe.selected.balance.credits.toLocaleString('en-US', { maximumFractionDigits: 2 })} credits.`}{' '}
          {describeAnswers(probe.answered)}
        </p>
      )}
      {probe && !probe.selected.ok && (
        <>
          <ErrorMessage className="text-sm">
            {describeClientError(probe.selected.error, { host: test.variables?.conn.host ?? host })}
          </ErrorMessage>
          <p className="text-xs text-paper-300">
            {describeAnswers(probe.answered)}
            {probe.answered.length > 0 && ' Choose one of them under API version.'}
          </p>
        </>
      )}
      {test.isError && (
        <ErrorMessage className="text-sm">{describeClientError(test.error, { host })}</ErrorMessage>
      )}
    </div>
  );
}

import type { ServerResponse } from 'node:http';
import type { AcceptMode, WireArtifactsResponse } from '../../src/lib/api/index.ts';
import type { Artifact } from '../dialects/Dialect.ts';
import { sendJson } from './sendJson.ts';

/**
 * The success answer v1alpha and v1 share (shared/API.md, "Success responses"): the artifacts JSON, or for
 * `image/png` the first image's bytes with `Finish-Reason` and `Seed` headers.
 */
export function sendArtifactsV1x(
  res: ServerResponse,
  artifacts: readonly Artifact[],
  accept: AcceptMode,
): void {
  const first = artifacts[0];
  if (accept === 'image/png' && first) {
    res.writeHead(200, {
      'Content-Type': 'image/png',
      'Content-Length': first.bytes.length,
      'Finish-Reason': first.finishReason,
      Seed: String(first.seed),
    });
    res.end(first.bytes);
    return;
  }
  const body: WireArtifactsResponse = {
    artifacts: artifacts.map((a) => ({
      base64: a.bytes.toString('base64'),
      seed: a.seed,
      finishReason: a.finishReason,
    })),
  };
  sendJson(res, body);
}

import type { Backend } from '../../backend/Backend.ts';
import type { BackendRuntime } from '../../backend/registry.ts';
import { createClient } from '../../createClient.ts';
import { validateV1x } from '../v1x/validateV1x.ts';
import { v1alphaWireOptions } from '../v1x/wireOptions.ts';
import { v1alphaInfo } from './info.ts';
import { v1alphaWire } from './wire.ts';

/** v1alpha, all of it: loaded on demand by the studio (registry.ts), statically by the engine and tests. */
export const v1alphaBackend: Backend = {
  ...v1alphaInfo,
  validate: validateV1x(v1alphaInfo, (request) => v1alphaWireOptions(request.params)),
  wire: v1alphaWire,
};

export const runtime: BackendRuntime = { backend: v1alphaBackend, createClient };

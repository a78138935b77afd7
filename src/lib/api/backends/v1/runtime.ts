import type { Backend } from '../../backend/Backend.ts';
import type { BackendRuntime } from '../../backend/registry.ts';
import { createClient } from '../../createClient.ts';
import { validateV1x } from '../v1x/validateV1x.ts';
import { v1WireOptions } from '../v1x/wireOptions.ts';
import { v1Info } from './info.ts';
import { v1Wire } from './wire.ts';

/** v1, all of it: loaded on demand by the studio (registry.ts), statically by the engine and tests. */
export const v1Backend: Backend = {
  ...v1Info,
  validate: validateV1x(v1Info, (request) => v1WireOptions(request.params)),
  wire: v1Wire,
};

export const runtime: BackendRuntime = { backend: v1Backend, createClient };

import type { Backend } from '../../backend/Backend.ts';
import type { BackendRuntime } from '../../backend/registry.ts';
import { createClient } from '../../createClient.ts';
import { v2betaInfo } from './info.ts';
import { previewV2betaPrompts } from './studioPrompts.ts';
import { v2betaWire } from './studioWire.ts';
import { validateV2betaStudio } from './validateStudio.ts';

/** Stable Image (v2beta), all of it: loaded on demand by the studio (registry.ts), statically by tests. */
export const v2betaBackend: Backend = {
  ...v2betaInfo,
  validate: validateV2betaStudio,
  previewPrompts: previewV2betaPrompts,
  wire: v2betaWire,
};

export const runtime: BackendRuntime = { backend: v2betaBackend, createClient };

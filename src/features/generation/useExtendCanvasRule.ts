import { useMemo } from 'react';
import type { ExtendRule } from '../canvas';
import { useBackendRuntime, useSelectedBackend } from '../settings';
import { extendCanvasRule } from './extendCanvasRule';
import { useOptionsStore } from './optionsStore';

/** `extendCanvasRule` for the selected API and engine, with its rules once they have loaded. */
export function useExtendCanvasRule(): ExtendRule {
  const info = useSelectedBackend();
  const runtime = useBackendRuntime();
  const engineId = useOptionsStore((s) => s.engineId);
  return useMemo(
    () => extendCanvasRule(info, engineId, runtime ? runtime.backend.validate : null),
    [info, engineId, runtime],
  );
}

import { useEffect, useMemo, useState } from 'react';
import type { ExtendRule } from '../canvas';
import { useBackendRuntime, useSelectedBackend } from '../settings';
import { useOptionsStore } from './optionsStore';

type RuleModule = typeof import('./extendCanvasRule');

/**
 * `extendCanvasRule` for the selected API and engine, with its rules once they have loaded; undefined
 * until its module has (it is no part of the first paint: "Extend canvas" needs an image open first).
 */
export function useExtendCanvasRule(): ExtendRule | undefined {
  const info = useSelectedBackend();
  const runtime = useBackendRuntime();
  const engineId = useOptionsStore((s) => s.engineId);
  const [mod, setMod] = useState<RuleModule | null>(null);
  useEffect(() => {
    let live = true;
    import('./extendCanvasRule').then(
      (m) => live && setMod(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(
    () => mod?.extendCanvasRule(info, engineId, runtime ? runtime.backend.validate : null),
    [mod, info, engineId, runtime],
  );
}

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { validateOptions } from '../../lib/api';
import { buildGenerationRequest } from './buildGenerationRequest';
import { issuesByField, type UiField } from './fieldIssues';
import { pickOptions, useOptionsStore } from './optionsStore';

export interface OptionIssues {
  ok: boolean;
  byField: Partial<Record<UiField, string[]>>;
}

/**
 * The rules of API.md checked on the request the panel would send right now (text-to-image until the
 * canvas provides inputs), grouped by panel field.
 */
export function useOptionIssues(): OptionIssues {
  const options = useOptionsStore(useShallow(pickOptions));
  return useMemo(() => {
    const req = buildGenerationRequest(options, null);
    const res = validateOptions(req.options, { mode: req.mode, engineId: req.engineId, accept: req.accept });
    return res.ok
      ? { ok: true, byField: {} }
      : {
          ok: false,
          byField: issuesByField(
            res.issues,
            options.prompts.map((p) => p.text),
          ),
        };
  }, [options]);
}

import { useEffect, useState } from 'react';
import { useOptionsStore } from './optionsStore';

/** Ids of the prompt rows whose text changed in this session (typed in, reused, opened from a recipe). */
export function useEditedPrompts(): ReadonlySet<string> {
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(
    () =>
      useOptionsStore.subscribe((state, previous) => {
        const before = new Map(previous.prompts.map((p) => [p.id, p.text]));
        const changed = state.prompts.filter((p) => before.has(p.id) && before.get(p.id) !== p.text);
        if (changed.length === 0) return;
        setEdited((set) =>
          changed.every((p) => set.has(p.id)) ? set : new Set([...set, ...changed.map((p) => p.id)]),
        );
      }),
    [],
  );
  return edited;
}

import type { PromptRow } from './generationOptions';
import type { UiField } from './fieldIssues';

export interface ShownIssues {
  /** The messages to show, by field. */
  byField: Partial<Record<UiField, string[]>>;
  /** Rows whose messages wait (1-based, as labelled): the panel says "Write Prompt 1 to generate." instead. */
  waiting: number[];
}

/**
 * Holds back the messages of prompt rows the user has not typed in yet, until Generate is attempted. An
 * empty prompt is the only default that breaks a rule, so this is what keeps an error from greeting a
 * user who has typed nothing (issue 10 §6); every other message comes from an edit and shows at once.
 * `edited` holds the ids of rows whose text changed in this session.
 */
export function untouchedIssues(
  byField: Partial<Record<UiField, string[]>>,
  prompts: readonly PromptRow[],
  edited: ReadonlySet<string>,
  attempted: boolean,
): ShownIssues {
  if (attempted) return { byField, waiting: [] };
  const shown = { ...byField };
  const waiting: number[] = [];
  prompts.forEach((row, i) => {
    const field: UiField = `prompt.${i}`;
    if (edited.has(row.id) || row.text !== '' || !shown[field]) return;
    delete shown[field];
    waiting.push(i + 1);
  });
  return { byField: shown, waiting };
}

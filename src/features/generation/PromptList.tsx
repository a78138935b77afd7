import { useShallow } from 'zustand/react/shallow';
import { Button, ErrorMessage } from '../../components/ui';
import type { UiField } from './fieldIssues';
import { useOptionsStore } from './optionsStore';
import { PromptRowEditor } from './PromptRowEditor';

/** The prompt rows with add/remove/reorder. */
export function PromptList({ errors }: { errors: Partial<Record<UiField, string[]>> }) {
  const prompts = useOptionsStore((s) => s.prompts);
  const a = useOptionsStore(
    useShallow((s) => ({
      add: s.addPrompt,
      remove: s.removePrompt,
      move: s.movePrompt,
      text: s.setPromptText,
      weight: s.setPromptWeight,
    })),
  );
  return (
    <div className="flex flex-col gap-2">
      <ol className="flex flex-col gap-2" aria-label="Prompts">
        {prompts.map((row, i) => (
          <PromptRowEditor
            key={row.id}
            row={row}
            index={i}
            count={prompts.length}
            textErrors={errors[`prompt.${i}`]}
            weightErrors={errors[`promptWeight.${i}`]}
            onText={(t) => a.text(row.id, t)}
            onWeight={(w) => a.weight(row.id, w)}
            onMove={(d) => a.move(row.id, d)}
            onRemove={() => a.remove(row.id)}
          />
        ))}
      </ol>
      {errors.prompts?.map((e) => (
        <ErrorMessage key={e}>{e}</ErrorMessage>
      ))}
      <Button
        size="sm"
        variant="ghost"
        className="self-start"
        onClick={a.add}
        title="Add a prompt row (weight below 0 = negative)"
      >
        <span aria-hidden="true">+</span> Add prompt
      </Button>
    </div>
  );
}

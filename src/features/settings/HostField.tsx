import { Button, Field, INPUT_CLASS, errorId } from '../../components/ui';
import { LOCAL_ENGINE_HOST, STABILITY_HOST } from './resolveConnection';
import type { HostDraft } from './useHostDraft';

const FIELD_ID = 'settings-host';

/**
 * "API host" with its two presets. The text is checked when the field is left: a bare host comes back
 * completed (`https://…`, or `http://…` for this machine), anything else gets its message under the field.
 */
export function HostField({ draft }: { draft: HostDraft }) {
  const preset = (label: string, host: string) => (
    <Button size="sm" variant="ghost" onClick={() => draft.choose(host)} aria-pressed={draft.text === host}>
      {label}
    </Button>
  );
  return (
    <Field
      htmlFor={FIELD_ID}
      label="API host"
      hint="Empty = the local engine served with this page. Otherwise an http(s) address; requests and the key go only there."
      errors={draft.problem ? [draft.problem] : []}
      aside={
        <div className="flex gap-1">
          {preset('Local engine', LOCAL_ENGINE_HOST)}
          {preset('Stability API', STABILITY_HOST)}
        </div>
      }
    >
      {/* No datalist: it would turn the field into a combobox; the two buttons above pick presets. */}
      <input
        id={FIELD_ID}
        data-autofocus
        type="text"
        inputMode="url"
        className={INPUT_CLASS}
        placeholder="Local engine (this origin)"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={draft.problem !== null}
        aria-describedby={draft.problem ? errorId(FIELD_ID) : undefined}
        value={draft.text}
        onChange={(e) => draft.edit(e.target.value)}
        onBlur={() => draft.commit()}
      />
    </Field>
  );
}

import { useRef } from 'react';
import { BusyNotice, Button } from '../components/ui';
import { importRecipeFile, useRecipeImportNotice } from './useRecipeImport';

/** "Open recipe": a PNG file whose recipe goes into the options panel. */
export function OpenRecipeButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="sm" onClick={() => input.current?.click()} title="Restore the recipe stored in a PNG">
        Open recipe
      </Button>
      <input
        ref={input}
        type="file"
        accept="image/png"
        hidden
        aria-label="Recipe file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importRecipeFile(file);
        }}
      />
    </>
  );
}

/** What the last recipe import did, as text (file metadata is untrusted: never rendered as HTML). */
export function RecipeImportNotice() {
  const notice = useRecipeImportNotice((s) => s.notice);
  const clear = useRecipeImportNotice((s) => s.clear);
  const act = useRecipeImportNotice((s) => s.act);
  const cancel = useRecipeImportNotice((s) => s.cancel);
  if (!notice) return null;
  return (
    <div
      role="status"
      aria-label="Recipe import"
      className="flex items-center gap-3 border-b border-ink-700 bg-ink-850 px-4 py-1.5 text-xs text-paper-200"
    >
      {cancel ? (
        <BusyNotice
          label="Reading the recipe"
          text={notice.text}
          onCancel={cancel}
          cancelLabel="Cancel reading"
          className="min-w-0 flex-1"
        />
      ) : (
        <>
          <p className="min-w-0 flex-1 break-words">{notice.text}</p>
          {notice.action && (
            <Button size="sm" onClick={() => void act()}>
              {notice.action.label}
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={clear}>
            Dismiss
          </Button>
        </>
      )}
    </div>
  );
}

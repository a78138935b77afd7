import type { PromptPreview } from '../../lib/api/studio';

/**
 * "Sent as: …" under the prompts, where the API takes one prompt string rather than the rows (v2beta): each
 * wire field with its text, and what the mapping changed (a weight clamped or dropped).
 */
export function PromptPreviewNote({ preview }: { preview: PromptPreview }) {
  return (
    <div role="note" aria-label="Sent as" className="flex flex-col gap-0.5 text-[11px] leading-snug">
      {preview.fields.length > 0 && (
        <p className="break-words text-paper-500">
          Sent as:{' '}
          {preview.fields.map((f, i) => (
            <span key={f.name}>
              {i > 0 && ' · '}
              <code className="text-paper-300">{f.name}</code> “{f.text}”
            </span>
          ))}
        </p>
      )}
      {preview.notes.map((n) => (
        <p key={n} className="text-warn-400">
          {n}
        </p>
      ))}
    </div>
  );
}

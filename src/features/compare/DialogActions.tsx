/** The Cancel / Run footer the compare dialogs share; Run submits the dialog's form. */
export function DialogActions({ onCancel, className = '' }: { onCancel: () => void; className?: string }) {
  return (
    <div className={`flex justify-end gap-2 ${className}`}>
      <button
        type="button"
        onClick={onCancel}
        className="rounded px-3 py-1 text-sm text-paper-300 hover:bg-ink-700"
      >
        Cancel
      </button>
      <button
        type="submit"
        className="rounded bg-accent-600 px-3 py-1 text-sm font-medium text-white hover:bg-accent-500"
      >
        Run
      </button>
    </div>
  );
}

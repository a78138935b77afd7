/** Marks a picture the engine's content filter changed. */
export function FilteredBadge() {
  return (
    <span
      title="The engine's content filter blurred this picture"
      className="rounded bg-ink-950/85 backdrop-blur-sm px-1.5 py-0.5 font-mono text-[10px] font-semibold tracking-wide text-warn-400 ring-1 ring-warn-400/40"
    >
      CONTENT_FILTERED
    </span>
  );
}

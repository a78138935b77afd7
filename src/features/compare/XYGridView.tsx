import { useEffect, useRef } from 'react';
import { BusyNotice, useFocusReturn } from '../../components/ui';
import { JobProgressBar } from './JobProgressBar';

export interface XYGridViewCell {
  row: number;
  col: number;
  /** Object URL once the picture has arrived. */
  src?: string;
  status?: 'pending' | 'done' | 'error' | 'cancelled';
}

export interface XYGridViewProps {
  rows: number;
  cols: number;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  cells: readonly XYGridViewCell[];
  /** e.g. "CFG scale × seed"; shown in the corner and used as the table's caption. */
  title?: string;
  progress?: { done: number; total: number; failed?: number };
  /** True while requests are in flight: shows Cancel, holds Export. */
  running?: boolean;
  onCancel?: () => void;
  /** The caller composes the PNG (exportGridPng) and saves it. */
  onExport: () => void;
  /** While an export runs: its step in words (and pictures read of all); Export waits. */
  exporting?: { text: string; done?: number; total?: number };
  /** Stops the export in progress ("Cancel export"). */
  onCancelExport?: () => void;
  /** What the last export has to say: a failure (alert) or a note. */
  exportMessage?: { text: string; kind: 'error' | 'note' };
  onClose?: () => void;
}

const STATUS_TEXT: Record<NonNullable<XYGridViewCell['status']>, string> = {
  pending: 'Waiting…',
  done: '',
  error: 'Failed',
  cancelled: 'Cancelled',
};

/** A labelled X/Y grid: seeds across, the parameter down, filling in as the job runs. */
export function XYGridView(props: XYGridViewProps) {
  const { rows, cols, rowLabels, colLabels, cells, title = 'X/Y grid', progress, running } = props;
  const at = (r: number, c: number) => cells.find((cell) => cell.row === r && cell.col === c);
  const anyDone = cells.some((c) => c.src);
  const region = useRef<HTMLElement>(null);
  // Focus comes in on open so Esc closes at once, and goes back to the opener on close.
  useFocusReturn();
  useEffect(() => region.current?.focus(), []);
  return (
    <section
      ref={region}
      aria-label="X/Y grid results"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !props.onClose) return;
        e.stopPropagation();
        props.onClose();
      }}
      className="flex h-full flex-col gap-3 bg-ink-900 p-3 text-paper-100 outline-none"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-base font-semibold">{title}</h2>
        {progress && (
          <JobProgressBar
            label="X/Y grid progress"
            done={progress.done}
            total={progress.total}
            failed={progress.failed}
            onCancel={running ? props.onCancel : undefined}
            cancelLabel="Cancel"
          />
        )}
        <button
          type="button"
          onClick={props.onExport}
          disabled={running || !anyDone || props.exporting !== undefined}
          title="Save the grid as one PNG with its labels"
          className="ml-auto rounded bg-accent-600 px-3 py-1 text-sm font-medium text-white hover:bg-accent-500 disabled:opacity-50"
        >
          Export grid
        </button>
        {props.onClose && (
          <button
            type="button"
            onClick={props.onClose}
            aria-keyshortcuts="Escape"
            title="Close grid (Esc)"
            className="rounded px-2 py-1 text-sm hover:bg-ink-700"
          >
            Close grid
          </button>
        )}
      </div>
      {props.exporting && (
        <BusyNotice
          label="Grid export"
          text={`Exporting the grid: ${props.exporting.text}`}
          done={props.exporting.done}
          total={props.exporting.total}
          onCancel={props.onCancelExport}
          cancelLabel="Cancel export"
        />
      )}
      {props.exportMessage && (
        <p
          role={props.exportMessage.kind === 'error' ? 'alert' : 'status'}
          className={
            props.exportMessage.kind === 'error' ? 'text-sm text-danger-400' : 'text-sm text-paper-300'
          }
        >
          {props.exportMessage.text}
        </p>
      )}
      <div className="min-h-0 flex-1 overflow-auto">
        <table className="border-separate border-spacing-1">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <td />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className="px-1 text-xs font-medium text-paper-300">
                  {colLabels[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th
                  scope="row"
                  className="pr-2 text-right text-xs font-medium whitespace-nowrap text-paper-300"
                >
                  {rowLabels[r]}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = at(r, c);
                  const alt = `${rowLabels[r] ?? ''}, ${colLabels[c] ?? ''}`;
                  return (
                    <td key={c} className="h-40 w-40 rounded bg-ink-950 p-0 align-middle">
                      {cell?.src ? (
                        <img src={cell.src} alt={alt} className="block h-40 w-40 object-contain" />
                      ) : (
                        <span className="block text-center text-xs text-paper-500">
                          {STATUS_TEXT[cell?.status ?? 'pending']}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { useState } from 'react';
import type { HostCheck } from './normalizeApiHost';
import { useSettingsStore } from './settingsStore';

/** The API host field while Settings is open: the text being typed and why it cannot be used, if so. */
export interface HostDraft {
  /** What the field shows: the text as typed, or the completed host once committed. */
  text: string;
  /** The message under the field; `null` when the text is fine or not checked yet. */
  problem: string | null;
  /** Typing: the message goes away until the text is checked again. */
  edit: (text: string) => void;
  /** Checks the text; a usable host is stored and shown completed, otherwise the message is shown. */
  commit: () => HostCheck;
  /** A preset button: stores that host and shows it. */
  choose: (host: string) => void;
}

/**
 * The host field's state. `onChosen` hears every host stored from the field (typed and committed, or a
 * preset), so the dialog can propose the API version that host serves. The store holds only usable hosts, so the half-typed or refused text lives
 * here, and nothing is sent anywhere until `commit` accepts it (on leaving the field, Test connection,
 * Done or closing the dialog).
 */
export function useHostDraft(onChosen: (host: string) => void = () => undefined): HostDraft {
  const stored = useSettingsStore((s) => s.host);
  const setHost = useSettingsStore((s) => s.setHost);
  const [text, setText] = useState(stored);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    text,
    problem,
    edit: (next) => {
      setText(next);
      setProblem(null);
    },
    commit: () => {
      const checked = setHost(text);
      if (checked.ok) {
        setText(checked.host);
        onChosen(checked.host);
      }
      setProblem(checked.ok ? null : checked.problem);
      return checked;
    },
    choose: (host) => {
      setHost(host);
      setText(host);
      setProblem(null);
      onChosen(host);
    },
  };
}

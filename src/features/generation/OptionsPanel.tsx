import type { ReactNode } from 'react';
import { EnginePicker } from './EnginePicker';
import type { UiField } from './fieldIssues';
import { GenerateBar } from './GenerateBar';
import { PromptList } from './PromptList';
import { SamplingFields } from './SamplingFields';
import { SeedField } from './SeedField';
import { SizePicker } from './SizePicker';
import { useOptionIssues } from './useOptionIssues';

/** Fields without a control in this panel yet (image modes); their messages show above Generate. */
const ELSEWHERE: readonly UiField[] = ['form', 'canvas', 'imageStrength', 'stepScheduleEnd', 'maskSource'];

/** The left column: every option of a generation, checked live, and Generate. */
export function OptionsPanel() {
  const { ok, byField } = useOptionIssues();
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex min-h-0 flex-1 flex-col gap-5 overflow-y-auto p-4">
        <Section title="Prompts">
          <PromptList errors={byField} />
        </Section>
        <Section title="Model">
          <EnginePicker errors={byField.engine} />
          <SizePicker errors={byField.size} />
        </Section>
        <Section title="Sampling">
          <SamplingFields errors={byField} />
          <SeedField errors={byField.seed} />
        </Section>
      </div>
      <GenerateBar valid={ok} problems={ELSEWHERE.flatMap((f) => byField[f] ?? [])} />
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-[11px] font-semibold tracking-wider text-paper-500 uppercase">{title}</h2>
      {children}
    </section>
  );
}

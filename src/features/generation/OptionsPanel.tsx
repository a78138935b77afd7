import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useCanvasSummary } from '../canvas';
import { useSelectedBackend } from '../settings';
import { EnginePicker } from './EnginePicker';
import type { UiField } from './fieldIssues';
import { GenerateBar } from './GenerateBar';
import { MODE_LABELS } from './generationMode';
import { ModeChip } from './ModeChip';
import { PromptList } from './PromptList';
import { SamplingFields } from './SamplingFields';
import { SeedField } from './SeedField';
import { SizePicker } from './SizePicker';
import { untouchedIssues } from './untouchedIssues';
import { useEditedPrompts } from './useEditedPrompts';
import { useOptionIssues } from './useOptionIssues';
import { useOptionsStore } from './optionsStore';

// Only some APIs have them (v2beta's aspect ratio, and its "Sent as" once its wire has loaded): one small
// chunk loaded when first shown, no part of the first paint.
const AspectRatioField = lazy(() =>
  import('./AspectRatioField').then((m) => ({ default: m.AspectRatioField })),
);
const PromptPreviewNote = lazy(() =>
  import('./AspectRatioField').then((m) => ({ default: m.PromptPreviewNote })),
);
// Shown only once an image is on the canvas: no part of the first paint.
const ImageModeFields = lazy(() => import('./ImageModeFields').then((m) => ({ default: m.ImageModeFields })));
const OutpaintNote = lazy(() => import('./OutpaintNote').then((m) => ({ default: m.OutpaintNote })));
const MaskedRegionFields = lazy(() =>
  import('./region/MaskedRegionFields').then((m) => ({ default: m.MaskedRegionFields })),
);

/** Fields without a control in this panel; their messages show above Generate. */
const ELSEWHERE: readonly UiField[] = ['form', 'canvas'];
/** Image-mode fields, shown above Generate too when their control is not on screen in this mode. */
const IMAGE_FIELDS: readonly UiField[] = ['imageStrength', 'stepScheduleEnd', 'maskSource', 'growMask'];

/** The left column: the mode, every option of a generation, checked live, and Generate. */
export function OptionsPanel() {
  const { ok, ready, byField: allIssues, mode, engineId, preview, fields, cost } = useOptionIssues();
  // No message greets a user who has typed nothing: an untouched empty prompt waits for an edit or a try.
  const [attempted, setAttempted] = useState(false);
  const prompts = useOptionsStore((s) => s.prompts);
  const { byField, waiting } = untouchedIssues(allIssues, prompts, useEditedPrompts(), attempted);
  const canvas = useCanvasSummary();
  const { capabilities } = useSelectedBackend();
  // A mode that runs on an engine of its own (v2beta's inpaint, erase) shows it instead of the choice.
  const chosen = useOptionsStore((s) => s.engineId);
  const fixed = engineId === chosen ? undefined : capabilities.catalogue.find((e) => e.id === engineId);
  const sized = fields.size?.kind === 'explicit' || fields.size?.kind === 'aspect-ratio';
  const elsewhere = [
    ...ELSEWHERE,
    ...(mode === 'text-to-image' ? IMAGE_FIELDS : []),
    // No size control for an API that sizes otherwise: its size messages show above Generate.
    ...(sized ? [] : (['size'] as const)),
  ];
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex min-h-0 flex-1 flex-col gap-5 overflow-y-auto p-4">
        <ModeChip mode={mode} />
        <Section title="Prompts">
          <PromptList errors={byField} />
          {preview && (
            <Suspense fallback={null}>
              <PromptPreviewNote preview={preview} />
            </Suspense>
          )}
        </Section>
        <Section title="Model">
          <EnginePicker errors={byField.engine} fixed={fixed} />
          {fields.size?.kind === 'explicit' && (
            <SizePicker
              errors={byField.size}
              size={fields.size}
              lockedTo={canvas.hasInitImage ? { width: canvas.width, height: canvas.height } : undefined}
            />
          )}
          {fields.size?.kind === 'aspect-ratio' && (
            <Suspense fallback={null}>
              <AspectRatioField size={fields.size} errors={byField.size} />
            </Suspense>
          )}
        </Section>
        {mode !== 'text-to-image' && (
          <Section title={MODE_LABELS[mode]}>
            <Suspense fallback={null}>
              <ImageModeFields
                canErase={capabilities.modes.includes('erase')}
                mode={mode}
                fields={fields}
                errors={byField}
                maskHidden={canvas.maskHidden}
                initHasAlpha={canvas.initHasAlpha}
              />
              {(mode === 'masking' || mode === 'erase') && <MaskedRegionFields />}
            </Suspense>
            {mode === 'outpaint' && canvas.extension && (
              <Suspense fallback={null}>
                <OutpaintNote margins={canvas.extension} size={canvas} />
              </Suspense>
            )}
          </Section>
        )}
        <Section title="Sampling">
          <SamplingFields errors={byField} fields={fields} />
          <SeedField errors={byField.seed} spec={fields.seed} />
        </Section>
      </div>
      <GenerateBar
        valid={ok}
        ready={ready}
        cost={cost}
        problems={elsewhere.flatMap((f) => byField[f] ?? [])}
        hint={waitingHint(waiting, Object.keys(byField).length > 0)}
        onInvalidAttempt={() => setAttempted(true)}
      />
    </div>
  );
}

/** "Write Prompt 1 to generate." — said plainly, not as an error: nothing was typed yet. */
function waitingHint(rows: readonly number[], othersShown: boolean): string | undefined {
  if (rows.length === 0) return undefined;
  const names = rows.map((n) => `Prompt ${n}`).join(', ');
  return othersShown
    ? `Fix the highlighted fields and write ${names} to generate.`
    : `Write ${names} to generate.`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-[11px] font-semibold tracking-wider text-paper-500 uppercase">{title}</h2>
      {children}
    </section>
  );
}

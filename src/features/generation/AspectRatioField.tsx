import { Field, Select, errorId } from '../../components/ui';
import type { SizeCapability } from '../../lib/api/studio';
import { useOptionsStore } from './optionsStore';

// Loaded with the field (OptionsPanel imports both lazily, as one chunk).
export { PromptPreviewNote } from './PromptPreviewNote';

/**
 * Combobox "Aspect ratio": where the API sizes a picture by its shape (v2beta), it replaces Width × Height;
 * the API chooses the pixels (about a megapixel).
 */
export function AspectRatioField({
  size,
  errors,
}: {
  size: Extract<SizeCapability, { kind: 'aspect-ratio' }>;
  errors?: readonly string[];
}) {
  const ratio = useOptionsStore((s) => s.aspectRatio);
  const setRatio = useOptionsStore((s) => s.setAspectRatio);
  const invalid = Boolean(errors?.length);
  return (
    <Field
      htmlFor="opt-aspect"
      label="Aspect ratio"
      errors={errors}
      hint="The API picks the pixel size for this shape (about 1 megapixel)."
    >
      <Select
        id="opt-aspect"
        value={ratio}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId('opt-aspect') : undefined}
        onChange={(e) => setRatio(e.target.value)}
      >
        {size.ratios.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
        {!size.ratios.includes(ratio) && <option value={ratio}>{ratio}</option>}
      </Select>
    </Field>
  );
}

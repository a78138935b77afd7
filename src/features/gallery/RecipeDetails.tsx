import type { ReactNode } from 'react';
import { backendById } from '../../lib/api/studio';
import { DerivedFrom } from './DerivedFrom';
import type { GalleryItem } from './galleryStore';

/**
 * The recipe of a result as plain text rows (prompts are user text: rendered as text, never HTML);
 * "Derived from" shows the parent with `onShowResult` when given.
 */
export function RecipeDetails({
  item,
  onShowResult,
}: {
  item: GalleryItem;
  onShowResult?: (id: string) => void;
}) {
  const { recipe } = item;
  const o = recipe.params;
  const rows: Array<[string, ReactNode]> = [
    ['Seed', String(recipe.seed)],
    ['Mode', recipe.mode],
    ['API', recipe.backend],
    ['Engine', recipe.engineId],
  ];
  if (recipe.endpoint) rows.push(['Endpoint', recipe.endpoint]);
  if (recipe.mode === 'upscale') {
    const upscaler = backendById(recipe.backend).fields(recipe.engineId, 'upscale').upscale;
    const target = o.upscale?.width
      ? `width ${o.upscale.width}`
      : o.upscale?.height
        ? `height ${o.upscale.height}`
        : upscaler?.prompted
          ? 'about 4 MP, guided by the prompt'
          : `×${upscaler?.factor ?? 2}`;
    rows.push(['Upscale', target]);
  } else if (recipe.backend === 'v2beta') {
    // Stable Image has no steps, sampler or CLIP guidance; it sizes by aspect ratio.
    rows.push(['Size', o.aspectRatio ? `aspect ratio ${o.aspectRatio}` : 'init image size']);
    if (o.cfgScale !== undefined) rows.push(['CFG scale', String(o.cfgScale)]);
    if (o.growMask !== undefined) rows.push(['Grow mask', `${o.growMask} px`]);
  } else {
    rows.push(
      ['Size', o.width && o.height ? `${o.width}×${o.height}` : 'init image size'],
      ['Steps', o.steps === undefined ? 'default' : String(o.steps)],
      ['CFG scale', o.cfgScale === undefined ? 'default' : String(o.cfgScale)],
      ['Sampler', o.sampler ?? 'engine choice'],
      ['CLIP guidance', o.clipGuidancePreset ?? 'NONE'],
    );
  }
  if (o.stylePreset) rows.push(['Style preset', o.stylePreset]);
  if (o.imageStrength !== undefined) {
    rows.push(['Image strength', String(Math.round(o.imageStrength * 1000) / 1000)]);
  }
  if (o.maskSource) rows.push(['Mask source', o.maskSource]);
  rows.push(['Finish', recipe.finishReason], ['Created', new Date(recipe.createdAt).toLocaleString()]);
  if (item.runLabel) rows.push(['Run', item.runLabel]);
  if (recipe.parentResultId) {
    rows.push(['Derived from', <DerivedFrom parentId={recipe.parentResultId} onShow={onShowResult} />]);
  }
  return (
    <div className="flex w-72 flex-col gap-3 text-xs">
      <div role="group" aria-label="Prompts" className="flex flex-col gap-1">
        {o.prompts.map((p, i) => (
          <p key={i} className="rounded bg-ink-900 px-2 py-1 text-paper-100">
            <span className="mr-1 font-mono text-paper-500">{p.weight < 0 ? '−' : '+'}</span>
            {p.text}
            <span className="ml-1 font-mono text-paper-500">({p.weight})</span>
          </p>
        ))}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-paper-500">{k}</dt>
            <dd className="font-mono break-all text-paper-200">{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

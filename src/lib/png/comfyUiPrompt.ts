import { isJsonObject, ownField, parseJsonLimited } from './parseJsonLimited';
import { intIn, numberIn, type ImportedRecipe, type RecipePrompt } from './recipe';
import { COMFYUI_SAMPLER_NAMES, lookupSampler } from './samplerNames';

type Node = { classType: string; inputs: Record<string, unknown> };
type Graph = Map<string, Node>;

/** How far links are followed (primitive nodes, conditioning combiners); bounds hostile cycles too. */
const MAX_HOPS = 16;

function toGraph(value: Record<string, unknown>): Graph {
  const graph: Graph = new Map();
  for (const id of Object.keys(value)) {
    const node = ownField(value, id);
    if (!isJsonObject(node)) continue;
    const classType = ownField(node, 'class_type');
    const inputs = ownField(node, 'inputs');
    if (typeof classType === 'string')
      graph.set(id, { classType, inputs: isJsonObject(inputs) ? inputs : {} });
  }
  return graph;
}

/** A link is `[nodeId, outputIndex]`; returns the node id. */
function linkTarget(v: unknown): string | null {
  return Array.isArray(v) && v.length === 2 && (typeof v[0] === 'string' || typeof v[0] === 'number')
    ? String(v[0])
    : null;
}

/** An input's literal value, following links into primitive-like nodes (same input name or `value`). */
function resolve(graph: Graph, v: unknown, name: string, hops = 0): unknown {
  const target = linkTarget(v);
  if (target === null) return v;
  const node = graph.get(target);
  if (!node || hops >= MAX_HOPS) return undefined;
  const next = ownField(node.inputs, name) ?? ownField(node.inputs, 'value');
  return resolve(graph, next, name, hops + 1);
}

/** Prompt texts reachable from a conditioning input: CLIPTextEncode(SDXL) nodes, through combiners. */
function conditioningTexts(graph: Graph, v: unknown): string[] {
  const texts: string[] = [];
  const seen = new Set<string>();
  const queue: Array<{ id: string; hops: number }> = [];
  const start = linkTarget(v);
  if (start !== null) queue.push({ id: start, hops: 0 });
  while (queue.length > 0) {
    const { id, hops } = queue.shift()!;
    if (seen.has(id) || hops > MAX_HOPS) continue;
    seen.add(id);
    const node = graph.get(id);
    if (!node) continue;
    if (node.classType.startsWith('CLIPTextEncode')) {
      for (const field of ['text', 'text_g', 'text_l']) {
        const t = resolve(graph, ownField(node.inputs, field), field);
        if (typeof t === 'string' && t.trim() !== '' && !texts.includes(t)) texts.push(t);
      }
      continue;
    }
    for (const [input, value] of Object.entries(node.inputs)) {
      const next = linkTarget(value);
      if (next !== null && /conditioning|positive|negative/i.test(input))
        queue.push({ id: next, hops: hops + 1 });
    }
  }
  return texts;
}

const SAMPLER_CLASSES = new Set(['KSampler', 'KSamplerAdvanced']);

/** The sampler node whose latent comes straight from an EmptyLatentImage (the first pass), else the first. */
function pickSampler(graph: Graph): Node | undefined {
  const samplers = [...graph.entries()]
    .filter(([, n]) => SAMPLER_CLASSES.has(n.classType))
    .sort(([a], [b]) => Number(a) - Number(b) || a.localeCompare(b));
  const firstPass = samplers.find(([, n]) => {
    const latent = linkTarget(ownField(n.inputs, 'latent_image'));
    return latent !== null && graph.get(latent)?.classType === 'EmptyLatentImage';
  });
  return (firstPass ?? samplers[0])?.[1];
}

/**
 * Reads ComfyUI's `prompt` chunk (the API-format node graph). Finds the KSampler/KSamplerAdvanced,
 * its seed/steps/cfg/sampler_name (following links into primitive nodes), the CLIPTextEncode texts
 * reachable from its `positive`/`negative` inputs (negative ones get weight −1), and the
 * EmptyLatentImage size. `null` when the text is not a graph with a sampler. Sampler inputs that have
 * no v1alpha meaning (`scheduler`, `denoise`, a `sampler_name` without a match…) are in `unknownFields`.
 */
export function parseComfyUiPrompt(json: string): ImportedRecipe | null {
  const parsed = parseJsonLimited(json);
  if (!parsed.ok || !isJsonObject(parsed.value)) return null;
  const graph = toGraph(parsed.value);
  const sampler = pickSampler(graph);
  if (!sampler) return null;
  const recipe: ImportedRecipe = { source: 'comfyui', prompts: [], unknownFields: [] };
  const input = (name: string): unknown => resolve(graph, ownField(sampler.inputs, name), name);
  const note = (name: string) => {
    if (!recipe.unknownFields.includes(name)) recipe.unknownFields.push(name);
  };

  const seedName = sampler.classType === 'KSamplerAdvanced' ? 'noise_seed' : 'seed';
  recipe.seed = intIn(input(seedName), 0, Number.MAX_SAFE_INTEGER);
  if (recipe.seed === undefined && ownField(sampler.inputs, seedName) !== undefined) note(seedName);
  recipe.steps = intIn(input('steps'), 1, 10_000);
  recipe.cfgScale = numberIn(input('cfg'), 0, 100);
  const samplerName = input('sampler_name');
  recipe.sampler = lookupSampler(COMFYUI_SAMPLER_NAMES, samplerName);
  if (recipe.sampler === undefined && samplerName !== undefined) note('sampler_name');
  const scheduler = input('scheduler');
  if (scheduler !== undefined && scheduler !== 'normal') note('scheduler');
  const denoise = input('denoise');
  if (denoise !== undefined && denoise !== 1) note('denoise');

  const prompts: RecipePrompt[] = [
    ...conditioningTexts(graph, ownField(sampler.inputs, 'positive')).map((text) => ({ text, weight: 1 })),
    ...conditioningTexts(graph, ownField(sampler.inputs, 'negative')).map((text) => ({ text, weight: -1 })),
  ];
  recipe.prompts = prompts;

  const latentId = linkTarget(ownField(sampler.inputs, 'latent_image'));
  const latent =
    (latentId !== null ? graph.get(latentId) : undefined) ??
    [...graph.values()].find((n) => n.classType === 'EmptyLatentImage');
  if (latent?.classType === 'EmptyLatentImage') {
    recipe.width = intIn(resolve(graph, ownField(latent.inputs, 'width'), 'width'), 1, 65_535);
    recipe.height = intIn(resolve(graph, ownField(latent.inputs, 'height'), 'height'), 1, 65_535);
  }
  return recipe;
}

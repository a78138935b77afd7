/**
 * The words the text-to-image painter understands. Colour words show their colour; scene words bring a
 * palette and/or a form (water, mountains, night sky…); tone words shift lightness and saturation. Any other
 * word hashes to a hue of its own (see analysePrompts.ts) so every prompt still gets a palette of its own.
 */

/** Shapes and moods a scene word can switch on. */
export type FormName =
  | 'night'
  | 'moon'
  | 'stars'
  | 'water'
  | 'mountains'
  | 'forest'
  | 'snow'
  | 'fire'
  | 'dunes'
  | 'mist'
  | 'clouds'
  | 'sunLow'
  | 'abstract';

/** Colour words → #rrggbb. Plain names first (the ones tests rely on), then common shades. */
export const COLOUR_WORDS: Readonly<Record<string, string>> = {
  red: '#d2282d',
  orange: '#f0822a',
  yellow: '#f5cd3c',
  green: '#3c9646',
  blue: '#2d5fc8',
  purple: '#783ca0',
  violet: '#8c5ac8',
  pink: '#f082aa',
  brown: '#784b2d',
  black: '#0f0f14',
  white: '#f5f5f0',
  grey: '#808080',
  gray: '#808080',
  gold: '#d4a537',
  golden: '#d4a537',
  silver: '#bec3c8',
  teal: '#148282',
  cyan: '#28c8dc',
  magenta: '#d228a0',
  crimson: '#b4142d',
  scarlet: '#e6281e',
  amber: '#f0a01e',
  lime: '#96dc3c',
  navy: '#142350',
  indigo: '#3c2882',
  turquoise: '#32c8be',
  lavender: '#b4a0dc',
  beige: '#dccdaa',
  cream: '#f5ebcd',
  maroon: '#641423',
  olive: '#786e28',
  rose: '#e66482',
  azure: '#3c8cf0',
  emerald: '#1ea064',
  coral: '#f07864',
  peach: '#f5b48c',
  ivory: '#faf5e6',
  tan: '#c8a073',
  charcoal: '#32343a',
  ochre: '#c88c28',
};

/** A scene or tone word: palette shares (summing to ~1), forms it switches on, lightness/saturation shifts. */
export interface SceneWord {
  colours?: ReadonlyArray<readonly [string, number]>;
  forms?: readonly FormName[];
  light?: number;
  sat?: number;
}

const OCEAN: SceneWord = {
  colours: [
    ['#1e4682', 0.4],
    ['#168c8c', 0.3],
    ['#46b4d2', 0.15],
    ['#b4d7e6', 0.15],
  ],
  forms: ['water'],
};
const FOREST: SceneWord = {
  colours: [
    ['#1e4628', 0.4],
    ['#3c8241', 0.3],
    ['#6e4b2d', 0.2],
    ['#8caa5a', 0.1],
  ],
  forms: ['forest'],
};
const SNOW: SceneWord = {
  colours: [
    ['#f5f7fa', 0.45],
    ['#b9d2eb', 0.3],
    ['#c8cdd2', 0.25],
  ],
  forms: ['snow'],
};
const MOUNTAIN: SceneWord = {
  colours: [
    ['#4b5a78', 0.5],
    ['#8c8c96', 0.3],
    ['#dce1eb', 0.2],
  ],
  forms: ['mountains'],
};
const MIST: SceneWord = { colours: [['#c3c8cd', 1]], forms: ['mist'], sat: -0.2 };
const NIGHT: SceneWord = {
  colours: [
    ['#142050', 0.45],
    ['#0a0f28', 0.3],
    ['#3c2882', 0.15],
    ['#bec3d2', 0.1],
  ],
  forms: ['night', 'moon', 'stars'],
};

/** Scene and tone words (singular and plural spellings listed explicitly: no stemming surprises). */
export const SCENE_WORDS: Readonly<Record<string, SceneWord>> = {
  sunset: {
    colours: [
      ['#f0822a', 0.35],
      ['#f082aa', 0.25],
      ['#783ca0', 0.2],
      ['#d4a537', 0.2],
    ],
    forms: ['sunLow'],
  },
  sunrise: {
    colours: [
      ['#f5b48c', 0.35],
      ['#f096b4', 0.25],
      ['#f0c850', 0.2],
      ['#a0c8eb', 0.2],
    ],
    forms: ['sunLow'],
  },
  dawn: {
    colours: [
      ['#f5b48c', 0.35],
      ['#f096b4', 0.25],
      ['#f0c850', 0.2],
      ['#a0c8eb', 0.2],
    ],
    forms: ['sunLow'],
  },
  dusk: {
    colours: [
      ['#783ca0', 0.35],
      ['#3c2882', 0.3],
      ['#f0822a', 0.2],
      ['#f082aa', 0.15],
    ],
    forms: ['sunLow'],
  },
  ocean: OCEAN,
  sea: OCEAN,
  lake: {
    ...OCEAN,
    colours: [
      ['#2d64a0', 0.4],
      ['#3c8c6e', 0.2],
      ['#a0c3d7', 0.2],
      ['#168c8c', 0.2],
    ],
  },
  river: {
    ...OCEAN,
    colours: [
      ['#2d64a0', 0.4],
      ['#3c8c6e', 0.3],
      ['#a0c3d7', 0.3],
    ],
  },
  water: {
    forms: ['water'],
    colours: [
      ['#2d64a0', 0.6],
      ['#a0c3d7', 0.4],
    ],
  },
  beach: {
    colours: [
      ['#e6d2a0', 0.4],
      ['#32c8be', 0.3],
      ['#a0d2f0', 0.3],
    ],
    forms: ['water'],
  },
  reflection: { forms: ['water'] },
  forest: FOREST,
  forests: FOREST,
  woods: FOREST,
  jungle: {
    ...FOREST,
    colours: [
      ['#145a28', 0.4],
      ['#3ca03c', 0.35],
      ['#96dc3c', 0.25],
    ],
  },
  tree: { forms: ['forest'] },
  trees: { forms: ['forest'] },
  pine: { forms: ['forest'] },
  pines: { forms: ['forest'] },
  night: NIGHT,
  midnight: NIGHT,
  moon: { colours: [['#bec3d2', 1]], forms: ['moon'] },
  moonlight: {
    colours: [
      ['#bec3d2', 0.5],
      ['#142050', 0.5],
    ],
    forms: ['moon', 'night'],
  },
  star: { forms: ['stars'] },
  stars: { forms: ['stars'] },
  starry: { forms: ['stars', 'night'] },
  space: {
    colours: [
      ['#0a0a14', 0.4],
      ['#783ca0', 0.3],
      ['#d228a0', 0.15],
      ['#2d5fc8', 0.15],
    ],
    forms: ['night', 'stars'],
  },
  galaxy: {
    colours: [
      ['#0a0a14', 0.4],
      ['#783ca0', 0.3],
      ['#d228a0', 0.15],
      ['#2d5fc8', 0.15],
    ],
    forms: ['night', 'stars'],
  },
  nebula: {
    colours: [
      ['#0a0a14', 0.3],
      ['#d228a0', 0.3],
      ['#783ca0', 0.2],
      ['#28c8dc', 0.2],
    ],
    forms: ['night', 'stars', 'clouds'],
  },
  snow: SNOW,
  snowy: SNOW,
  winter: SNOW,
  ice: {
    colours: [
      ['#c8f0fa', 0.5],
      ['#f5f7fa', 0.3],
      ['#78b4d2', 0.2],
    ],
    forms: ['snow'],
  },
  frozen: {
    colours: [
      ['#c8f0fa', 0.5],
      ['#f5f7fa', 0.3],
      ['#78b4d2', 0.2],
    ],
    forms: ['snow'],
  },
  fire: {
    colours: [
      ['#d2282d', 0.35],
      ['#f0822a', 0.35],
      ['#f5cd3c', 0.2],
      ['#1e0a0a', 0.1],
    ],
    forms: ['fire'],
  },
  flames: {
    colours: [
      ['#d2282d', 0.4],
      ['#f0822a', 0.4],
      ['#f5cd3c', 0.2],
    ],
    forms: ['fire'],
  },
  lava: {
    colours: [
      ['#d2282d', 0.4],
      ['#140a0a', 0.35],
      ['#f0822a', 0.25],
    ],
    forms: ['fire', 'mountains'],
  },
  volcano: {
    colours: [
      ['#3c2d2d', 0.4],
      ['#d2282d', 0.35],
      ['#f0822a', 0.25],
    ],
    forms: ['fire', 'mountains'],
  },
  desert: {
    colours: [
      ['#e6c88c', 0.45],
      ['#c88c28', 0.3],
      ['#a0c8e6', 0.25],
    ],
    forms: ['dunes'],
  },
  sand: {
    colours: [
      ['#e6c88c', 0.7],
      ['#c8a073', 0.3],
    ],
    forms: ['dunes'],
  },
  dunes: {
    colours: [
      ['#e6c88c', 0.6],
      ['#c88c28', 0.4],
    ],
    forms: ['dunes'],
  },
  mountain: MOUNTAIN,
  mountains: MOUNTAIN,
  peak: MOUNTAIN,
  peaks: MOUNTAIN,
  alps: MOUNTAIN,
  hills: { forms: [] },
  autumn: {
    colours: [
      ['#f0822a', 0.35],
      ['#d2282d', 0.25],
      ['#784b2d', 0.2],
      ['#d4a537', 0.2],
    ],
  },
  fall: {
    colours: [
      ['#f0822a', 0.35],
      ['#d2282d', 0.25],
      ['#784b2d', 0.2],
      ['#d4a537', 0.2],
    ],
  },
  spring: {
    colours: [
      ['#8cd278', 0.4],
      ['#f5aac8', 0.3],
      ['#f5e68c', 0.3],
    ],
  },
  summer: {
    colours: [
      ['#3c8cf0', 0.35],
      ['#3c9646', 0.35],
      ['#f5cd3c', 0.3],
    ],
  },
  meadow: {
    colours: [
      ['#6eb450', 0.5],
      ['#f5cd3c', 0.25],
      ['#f5aac8', 0.25],
    ],
  },
  garden: {
    colours: [
      ['#3c9646', 0.5],
      ['#f082aa', 0.25],
      ['#f5cd3c', 0.25],
    ],
  },
  storm: {
    colours: [
      ['#3c414b', 0.5],
      ['#5a6478', 0.3],
      ['#a0a5af', 0.2],
    ],
    forms: ['clouds'],
    light: -0.1,
  },
  stormy: {
    colours: [
      ['#3c414b', 0.5],
      ['#5a6478', 0.3],
      ['#a0a5af', 0.2],
    ],
    forms: ['clouds'],
    light: -0.1,
  },
  rain: {
    colours: [
      ['#5a6478', 0.6],
      ['#a0a5af', 0.4],
    ],
    forms: ['mist', 'clouds'],
  },
  fog: MIST,
  foggy: MIST,
  mist: MIST,
  misty: MIST,
  haze: MIST,
  hazy: MIST,
  cloud: {
    colours: [
      ['#f0f0f5', 0.5],
      ['#a0a5af', 0.5],
    ],
    forms: ['clouds'],
  },
  clouds: {
    colours: [
      ['#f0f0f5', 0.5],
      ['#a0a5af', 0.5],
    ],
    forms: ['clouds'],
  },
  cloudy: {
    colours: [
      ['#dcdce1', 0.5],
      ['#a0a5af', 0.5],
    ],
    forms: ['clouds'],
  },
  sky: {
    colours: [
      ['#82b4eb', 0.7],
      ['#f0f0f5', 0.3],
    ],
  },
  sun: {
    colours: [
      ['#f5cd3c', 0.6],
      ['#f0a01e', 0.4],
    ],
  },
  sunny: {
    colours: [
      ['#f5cd3c', 0.4],
      ['#82b4eb', 0.6],
    ],
  },
  abstract: { forms: ['abstract'] },
  pattern: { forms: ['abstract'] },
  geometric: { forms: ['abstract'] },
  bokeh: { forms: ['abstract'] },
  dark: { light: -0.22 },
  dim: { light: -0.12 },
  deep: { light: -0.1, sat: 0.1 },
  light: { light: 0.15 },
  pale: { light: 0.18, sat: -0.2 },
  pastel: { light: 0.18, sat: -0.25 },
  bright: { light: 0.08, sat: 0.2 },
  vivid: { sat: 0.3 },
  vibrant: { sat: 0.3 },
  neon: { sat: 0.4 },
  muted: { sat: -0.35 },
  soft: { sat: -0.1 },
  monochrome: { sat: -0.9 },
};

/** Filler words that should not colour the picture. Words shorter than three letters are skipped anyway. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the and with without for from into onto over under near above below are was were this that these those ' +
    'its very highly detailed detail high quality best ultra realistic photo photograph photorealistic render ' +
    'rendering trending artstation masterpiece style art image picture painting beautiful epic cinematic ' +
    'lighting octane unreal engine digital illustration concept wallpaper award winning sharp focus hdr uhd'
  ).split(' '),
);

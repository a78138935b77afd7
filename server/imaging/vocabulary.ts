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

/** Where a scene colour belongs: the sky, the land (ridges, water), or anywhere. */
export type Place = 'sky' | 'land' | 'any';

/** A scene or tone word: palette shares (summing to ~1), forms it switches on, lightness/saturation shifts. */
export interface SceneWord {
  colours: ReadonlyArray<{ hex: string; share: number; place: Place }>;
  forms: readonly FormName[];
  light: number;
  sat: number;
}

const PLACES: Readonly<Record<string, Place>> = { s: 'sky', l: 'land', a: 'any' };

/**
 * Compact scene notation: `'#rrggbb share place, …'` with place s (sky), l (land) or a (any), e.g.
 * `'#e6c88c .45 l, #a0c8e6 .25 s'` — sand on the ground under a pale blue sky.
 */
function scene(colours: string, forms: FormName[] = [], light = 0, sat = 0): SceneWord {
  const list = colours
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [code = '#808080', share = '1', place = 'a'] = part.split(/\s+/);
      return { hex: code, share: Number(share), place: PLACES[place] ?? 'any' };
    });
  return { colours: list, forms, light, sat };
}

const OCEAN = scene('#1e4682 .4 l, #168c8c .3 l, #46b4d2 .15 a, #b4d7e6 .15 s', ['water']);
const FOREST = scene('#1e4628 .4 l, #3c8241 .3 l, #6e4b2d .2 l, #c8d7b4 .1 s', ['forest']);
const SNOW = scene('#f5f7fa .45 s, #b9d2eb .3 s, #c8cdd2 .25 l', ['snow']);
const MOUNTAIN = scene('#4b5a78 .5 l, #8c8c96 .3 l, #dce1eb .2 s', ['mountains']);
const MIST = scene('#c3c8cd 1 a', ['mist'], 0, -0.2);
const NIGHT = scene('#142050 .45 s, #0a0f28 .3 s, #3c2882 .15 l, #bec3d2 .1 a', ['night', 'moon', 'stars']);
const SUNRISE = scene('#f5b48c .35 s, #f096b4 .25 s, #f0c850 .2 s, #a0c8eb .2 s', ['sunLow']);
const AUTUMN = scene('#f0822a .35 l, #d2282d .25 l, #784b2d .2 l, #d4a537 .2 s');
const SPACE = scene('#0a0a14 .4 s, #783ca0 .3 a, #d228a0 .15 a, #2d5fc8 .15 a', ['night', 'stars']);
const STORM = scene('#3c414b .5 s, #5a6478 .3 l, #a0a5af .2 a', ['clouds'], -0.1);
const ICE = scene('#c8f0fa .5 a, #f5f7fa .3 s, #78b4d2 .2 l', ['snow']);
const CLOUDS = scene('#f0f0f5 .5 s, #a0a5af .5 s', ['clouds']);
const FORM = (...forms: FormName[]): SceneWord => scene('', forms);
const TONE = (light: number, sat: number): SceneWord => scene('', [], light, sat);

/** Scene and tone words (singular and plural spellings listed explicitly: no stemming surprises). */
export const SCENE_WORDS: Readonly<Record<string, SceneWord>> = {
  sunset: scene('#f0822a .35 s, #f082aa .25 s, #783ca0 .2 l, #d4a537 .2 s', ['sunLow']),
  sunrise: SUNRISE,
  dawn: SUNRISE,
  dusk: scene('#783ca0 .35 s, #3c2882 .3 l, #f0822a .2 s, #f082aa .15 s', ['sunLow']),
  ocean: OCEAN,
  sea: OCEAN,
  lake: scene('#2d64a0 .4 l, #3c8c6e .2 l, #a0c3d7 .2 s, #168c8c .2 l', ['water']),
  river: scene('#2d64a0 .4 l, #3c8c6e .3 l, #a0c3d7 .3 s', ['water']),
  water: scene('#2d64a0 .6 l, #a0c3d7 .4 s', ['water']),
  beach: scene('#e6d2a0 .4 l, #32c8be .3 l, #a0d2f0 .3 s', ['water']),
  reflection: FORM('water'),
  forest: FOREST,
  forests: FOREST,
  woods: FOREST,
  jungle: scene('#145a28 .4 l, #3ca03c .35 l, #96dc3c .25 a', ['forest']),
  tree: FORM('forest'),
  trees: FORM('forest'),
  pine: FORM('forest'),
  pines: FORM('forest'),
  night: NIGHT,
  midnight: NIGHT,
  moon: scene('#bec3d2 1 s', ['moon']),
  moonlight: scene('#bec3d2 .5 a, #142050 .5 s', ['moon', 'night']),
  star: FORM('stars'),
  stars: FORM('stars'),
  starry: FORM('stars', 'night'),
  space: SPACE,
  galaxy: SPACE,
  nebula: scene('#0a0a14 .3 s, #d228a0 .3 a, #783ca0 .2 a, #28c8dc .2 a', ['night', 'stars', 'clouds']),
  snow: SNOW,
  snowy: SNOW,
  winter: SNOW,
  ice: ICE,
  frozen: ICE,
  fire: scene('#d2282d .35 a, #f0822a .35 a, #f5cd3c .2 s, #1e0a0a .1 l', ['fire']),
  flames: scene('#d2282d .4 a, #f0822a .4 a, #f5cd3c .2 s', ['fire']),
  lava: scene('#d2282d .4 a, #140a0a .35 l, #f0822a .25 s', ['fire', 'mountains']),
  volcano: scene('#3c2d2d .4 l, #d2282d .35 a, #f0822a .25 s', ['fire', 'mountains']),
  desert: scene('#e6c88c .45 l, #c88c28 .3 l, #a0c8e6 .25 s', ['dunes']),
  sand: scene('#e6c88c .7 l, #c8a073 .3 l', ['dunes']),
  dunes: scene('#e6c88c .6 l, #c88c28 .4 l', ['dunes']),
  mountain: MOUNTAIN,
  mountains: MOUNTAIN,
  peak: MOUNTAIN,
  peaks: MOUNTAIN,
  alps: MOUNTAIN,
  autumn: AUTUMN,
  fall: AUTUMN,
  spring: scene('#8cd278 .4 l, #f5aac8 .3 a, #f5e68c .3 s'),
  summer: scene('#3c8cf0 .35 s, #3c9646 .35 l, #f5cd3c .3 a'),
  meadow: scene('#6eb450 .5 l, #f5cd3c .25 a, #f5aac8 .25 a'),
  garden: scene('#3c9646 .5 l, #f082aa .25 a, #f5cd3c .25 a'),
  storm: STORM,
  stormy: STORM,
  rain: scene('#5a6478 .6 s, #a0a5af .4 a', ['mist', 'clouds']),
  fog: MIST,
  foggy: MIST,
  mist: MIST,
  misty: MIST,
  haze: MIST,
  hazy: MIST,
  cloud: CLOUDS,
  clouds: CLOUDS,
  cloudy: CLOUDS,
  sky: scene('#82b4eb .7 s, #f0f0f5 .3 s'),
  sun: scene('#f5cd3c .6 s, #f0a01e .4 s'),
  sunny: scene('#f5cd3c .4 s, #82b4eb .6 s'),
  // Landscape words the painter always draws anyway: no colour of their own, and not hashed either.
  hill: FORM(),
  hills: FORM(),
  valley: FORM(),
  landscape: FORM(),
  scenery: FORM(),
  view: FORM(),
  abstract: FORM('abstract'),
  pattern: FORM('abstract'),
  geometric: FORM('abstract'),
  bokeh: FORM('abstract'),
  dark: TONE(-0.22, 0),
  dim: TONE(-0.12, 0),
  deep: TONE(-0.1, 0.1),
  light: TONE(0.15, 0),
  pale: TONE(0.18, -0.2),
  pastel: TONE(0.18, -0.25),
  bright: TONE(0.08, 0.2),
  vivid: TONE(0, 0.3),
  vibrant: TONE(0, 0.3),
  neon: TONE(0, 0.4),
  muted: TONE(0, -0.35),
  soft: TONE(0, -0.1),
  monochrome: TONE(0, -0.9),
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

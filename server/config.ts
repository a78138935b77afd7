import { LOCAL_ENGINE_DEV_KEY } from '../src/lib/api/index.ts';

/** Everything the local engine can be configured with (flags, env vars, or vite plugin overrides). */
export interface EngineConfig {
  /** API keys the engine accepts (raw or as `Bearer <key>`). */
  keys: string[];
  /** Interface to bind; loopback by default so the engine is never exposed by accident. */
  host: string;
  /** TCP port; 0 = ephemeral. */
  port: number;
  /** Artificial latency per generated image, so progress and cancel can be seen. */
  delayMs: number;
  /** A prompt containing one of these words is refused with 400 `invalid_prompts`. */
  blockedWords: string[];
  /** A prompt containing one of these words gets a blurred picture with `CONTENT_FILTERED`. */
  softenWords: string[];
  /** Starting credit balance. */
  balance: number;
  /** Origins allowed cross-origin: exact origins, `scheme://host:*` (any port) or `*`. */
  corsOrigins: string[];
  /** v2beta: refuse a request with 402 `payment_required` when it costs more than the balance left. */
  refuseWhenSpent: boolean;
  /** v2beta: a prompt containing one of these words is refused with 422 `invalid_language`. */
  languageWords: string[];
  /** v2beta: requests per key allowed within `rateWindowMs`; the next one gets 429 (0 = no limit). */
  rateLimit: number;
  rateWindowMs: number;
  /** v2beta: how long a key that went over the rate limit is refused. */
  rateLockoutMs: number;
}

/** Defaults (documented in server/README.md). */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  keys: [LOCAL_ENGINE_DEV_KEY],
  host: '127.0.0.1',
  port: 7860,
  delayMs: 0,
  blockedWords: ['nsfw', 'nude', 'gore'],
  softenWords: ['blood', 'weapon', 'violent'],
  balance: 100,
  corsOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
  // Off, as before v2beta: work is never refused and the balance may go negative.
  refuseWhenSpent: false,
  languageWords: ['bonjour', 'hola', 'ciao', 'merci', 'gracias', 'danke'],
  // The service's own limit (shared/API-v2beta.md §5.4): 150 per 10 s, then 60 s locked out.
  rateLimit: 150,
  rateWindowMs: 10_000,
  rateLockoutMs: 60_000,
};

/** Env var → config field. */
export const ENV_VARS = {
  GESSO_ENGINE_KEYS: 'keys',
  GESSO_ENGINE_HOST: 'host',
  GESSO_ENGINE_PORT: 'port',
  GESSO_ENGINE_DELAY_MS: 'delayMs',
  GESSO_BLOCKED_WORDS: 'blockedWords',
  GESSO_SOFTEN_WORDS: 'softenWords',
  GESSO_ENGINE_BALANCE: 'balance',
  GESSO_CORS_ORIGINS: 'corsOrigins',
  GESSO_REFUSE_WHEN_SPENT: 'refuseWhenSpent',
  GESSO_LANGUAGE_WORDS: 'languageWords',
  GESSO_RATE_LIMIT: 'rateLimit',
  GESSO_RATE_WINDOW_MS: 'rateWindowMs',
  GESSO_RATE_LOCKOUT_MS: 'rateLockoutMs',
} as const satisfies Record<string, keyof EngineConfig>;

/** CLI flag → config field. */
export const CLI_FLAGS = {
  '--keys': 'keys',
  '--host': 'host',
  '--port': 'port',
  '--delay-ms': 'delayMs',
  '--blocked-words': 'blockedWords',
  '--soften-words': 'softenWords',
  '--balance': 'balance',
  '--cors-origins': 'corsOrigins',
  '--refuse-when-spent': 'refuseWhenSpent',
  '--language-words': 'languageWords',
  '--rate-limit': 'rateLimit',
  '--rate-window-ms': 'rateWindowMs',
  '--rate-lockout-ms': 'rateLockoutMs',
} as const satisfies Record<string, keyof EngineConfig>;

type ListKey = 'keys' | 'blockedWords' | 'softenWords' | 'corsOrigins' | 'languageWords';
const LIST_KEYS: ReadonlySet<keyof EngineConfig> = new Set<ListKey>([
  'keys',
  'blockedWords',
  'softenWords',
  'corsOrigins',
  'languageWords',
]);
const WORD_LISTS: ReadonlySet<keyof EngineConfig> = new Set(['blockedWords', 'softenWords', 'languageWords']);

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

function parseBoolean(key: keyof EngineConfig, raw: string, source: string): boolean {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new Error(`${source}: "${raw}" is not a valid ${key} (use true or false)`);
}

/** Comma-separated list; blanks dropped. Word lists are lower-cased because matching is case-insensitive. */
function parseList(key: keyof EngineConfig, raw: string): string[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return WORD_LISTS.has(key) ? items.map((s) => s.toLowerCase()) : items;
}

function parseNumber(key: keyof EngineConfig, raw: string, source: string): number {
  const n = Number(raw.trim());
  const valid =
    raw.trim() !== '' &&
    Number.isFinite(n) &&
    n >= 0 &&
    (key === 'balance' || Number.isInteger(n)) &&
    (key !== 'port' || n <= 65535);
  if (!valid) throw new Error(`${source}: "${raw}" is not a valid ${key}`);
  return n;
}

/** Parses one raw string value for a config field (from an env var or a flag). */
export function parseConfigValue(
  key: keyof EngineConfig,
  raw: string,
  source: string,
): Partial<EngineConfig> {
  if (LIST_KEYS.has(key)) return { [key]: parseList(key, raw) };
  if (key === 'refuseWhenSpent') return { refuseWhenSpent: parseBoolean(key, raw, source) };
  if (key === 'host') {
    if (raw.trim() === '') throw new Error(`${source}: host must not be empty`);
    return { host: raw.trim() };
  }
  return { [key]: parseNumber(key, raw, source) };
}

/** Reads the GESSO_* env vars; unset or empty vars keep their default. Throws on malformed values. */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<EngineConfig> {
  const out: Partial<EngineConfig> = {};
  for (const [name, key] of Object.entries(ENV_VARS)) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    Object.assign(out, parseConfigValue(key, raw, name));
  }
  return out;
}

/** Parses `--flag value` and `--flag=value` arguments. Throws on unknown flags or missing values. */
export function configFromArgv(argv: readonly string[]): Partial<EngineConfig> {
  const out: Partial<EngineConfig> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!(flag in CLI_FLAGS)) throw new Error(`unknown option ${flag}`);
    const key = CLI_FLAGS[flag as keyof typeof CLI_FLAGS];
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new Error(`${flag} needs a value`);
    Object.assign(out, parseConfigValue(key, value, flag));
  }
  return out;
}

/** Defaults ← env vars ← overrides (flags or the vite plugin's argument). */
export function resolveEngineConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: Partial<EngineConfig> = {},
): EngineConfig {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const config: EngineConfig = { ...DEFAULT_ENGINE_CONFIG, ...configFromEnv(env), ...defined };
  // An empty key list would lock everyone out silently; fall back to the documented dev key instead.
  if (config.keys.length === 0) config.keys = [...DEFAULT_ENGINE_CONFIG.keys];
  return config;
}

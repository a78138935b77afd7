import { CONNECT_SRC_ENV, CONNECT_SRC_FLAG, parseConnectSources } from '../server/studioHeaders';

/** Default port of `npm start`: Vite's preview port, so habits carry over. */
export const DEFAULT_PORT = 4173;
/** Loopback by default: the engine accepts a public development key, so it must not face the network unasked. */
export const DEFAULT_HOST = '127.0.0.1';

export interface StartOptions {
  port: number;
  host: string;
  /** Rebuild even when dist/ looks fresh. */
  forceBuild: boolean;
  /** Serve dist/ as it is, never building (the e2e suite's second server, so two builds never race). */
  noBuild: boolean;
  /** Extra origins the studio may connect to (`--connect-src`); undefined = GESSO_CONNECT_SRC or none. */
  connectSrc?: string[];
  help: boolean;
}

export const START_USAGE = `Usage: npm start -- [--port N] [--host [ADDRESS]] [--build | --no-build]
                    [--connect-src ORIGINS]

  --port N          serve on port N (default ${DEFAULT_PORT}; 0 picks a free port)
  --host [ADDRESS]  listen on ADDRESS; without a value, on all addresses (0.0.0.0)
  --build           rebuild the studio even if dist/ is up to date
  --no-build        serve dist/ as it is (fails when there is none)
  --connect-src ORIGINS
                    also let the studio connect to these origins (comma-separated, e.g.
                    https://engine.example.com,http://192.168.1.20:7860); replaces ${CONNECT_SRC_ENV}
  --help            show this help`;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || !/^\d+$/.test(raw))
    throw new Error(`--port needs a number, got ${raw ?? 'nothing'}`);
  const port = Number(raw);
  if (port > 65535) throw new Error(`--port must be 0–65535, got ${raw}`);
  return port;
}

/**
 * Parses `npm start` arguments (`--port 5000`, `--port=5000`, `--host`, `--host 0.0.0.0`).
 * Throws an Error whose message is fit to print for anything it does not understand.
 */
export function parseStartArgs(argv: readonly string[]): StartOptions {
  const options: StartOptions = {
    port: DEFAULT_PORT,
    host: DEFAULT_HOST,
    forceBuild: false,
    noBuild: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    switch (flag) {
      case '--port':
      case '-p':
        options.port = parsePort(inline ?? argv[++i]);
        break;
      case '--host': {
        const next = argv[i + 1];
        if (inline !== undefined) options.host = inline;
        else if (next !== undefined && !next.startsWith('-')) options.host = argv[++i] ?? DEFAULT_HOST;
        else options.host = '0.0.0.0';
        break;
      }
      case '--build':
        options.forceBuild = true;
        break;
      case '--no-build':
        options.noBuild = true;
        break;
      case CONNECT_SRC_FLAG: {
        const raw = inline ?? argv[++i];
        if (raw === undefined || raw.startsWith('-'))
          throw new Error(`${CONNECT_SRC_FLAG} needs a list of origins`);
        options.connectSrc = parseConnectSources(raw, CONNECT_SRC_FLAG);
        break;
      }
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  if (options.forceBuild && options.noBuild) throw new Error('--build and --no-build contradict each other');
  return options;
}

/**
 * `npm start`: the production studio and the local engine on one origin.
 * Builds first when dist/ is missing or stale, then serves it with Vite's preview server.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONNECT_SRC_ENV, parseConnectSources } from '../server/studioHeaders';
import { ensureBuilt, PortInUseError, REPO_ROOT, startStudio } from './studioServer';
import { parseStartArgs, START_USAGE, type StartOptions } from './startArgs';

/** How long a clean shutdown may take before we stop waiting for open connections. */
const CLOSE_GRACE_MS = 3000;

function readOptions(): StartOptions {
  try {
    const options = parseStartArgs(process.argv.slice(2));
    // Checked here too (the server would refuse it) so a bad variable gets a sentence, not a stack.
    options.connectSrc ??= parseConnectSources(process.env[CONNECT_SRC_ENV] ?? '');
    return options;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${START_USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.help) {
    console.log(START_USAGE);
    return;
  }
  if (options.noBuild) {
    if (!existsSync(join(REPO_ROOT, 'dist', 'index.html'))) {
      throw new Error('--no-build was given but there is no build in dist/. Run npm run build first.');
    }
  } else {
    await ensureBuilt({ force: options.forceBuild });
  }
  // vite.config.ts's header plugin reads its settings from the environment, like the engine's GESSO_*
  // variables; the flag is the same setting, so it takes the variable's place for this process.
  const connectSrc = options.connectSrc ?? [];
  process.env[CONNECT_SRC_ENV] = connectSrc.join(',');
  const studio = await startStudio({ port: options.port, host: options.host });
  console.log(`\nGesso is running at ${studio.url}`);
  if (connectSrc.length > 0) console.log(`  the studio may also connect to: ${connectSrc.join(', ')}`);
  for (const url of studio.networkUrls) console.log(`  also on your network: ${url}`);
  if (options.host !== '127.0.0.1' && options.host !== 'localhost' && options.host !== '::1') {
    console.log(
      '  Warning: the engine accepts the public development key; anyone who can reach this address can use it.',
    );
  }
  console.log('Press Ctrl+C to stop.');

  let closing = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (closing) {
      // A second Ctrl+C means "now".
      process.exit(130);
    }
    closing = true;
    console.log(`\n${signal === 'SIGINT' ? 'Ctrl+C' : signal}: stopping Gesso…`);
    const force = setTimeout(() => process.exit(0), CLOSE_GRACE_MS);
    force.unref();
    studio.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Error while stopping:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof PortInUseError) {
    const next = error.port === 0 ? 4174 : error.port + 1;
    console.error(
      `Port ${error.port} is already in use — is Gesso (or something else) already running there?\n` +
        `Stop it, or pick another port: npm start -- --port ${next}`,
    );
    process.exit(1);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

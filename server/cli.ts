/**
 * `npm run engine -- --port 7860 --host 127.0.0.1 --delay-ms 0 --blocked-words a,b --soften-words c,d
 * --balance 100 --keys k1,k2 --cors-origins http://localhost:*` — runs the engine on its own.
 */
import { CLI_FLAGS, configFromArgv } from './config.ts';
import { startEngine } from './listen.ts';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      `Usage: npm run engine -- [options]\nOptions: ${Object.keys(CLI_FLAGS).join(' ')} (see server/README.md)`,
    );
    return;
  }
  let overrides;
  try {
    overrides = configFromArgv(argv);
  } catch (err) {
    console.error(`gesso engine: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
    return;
  }
  const running = await startEngine(overrides);
  console.log(`Gesso engine listening on ${running.url}`);
  const stop = (): void => {
    void running.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`gesso engine: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});

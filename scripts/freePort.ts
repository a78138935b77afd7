import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Asks the OS for a free TCP port on `host` by binding port 0 and releasing it. */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not read the bound port'))));
    });
  });
}

/**
 * Synchronous variant for config files that cannot await (playwright.config.ts is evaluated
 * synchronously in the runner and again in every worker). Runs a tiny child Node.
 */
export function findFreePortSync(host = '127.0.0.1'): number {
  const script =
    "const s=require('net').createServer();" +
    `s.listen(0,${JSON.stringify(host)},()=>{process.stdout.write(String(s.address().port));s.close();});`;
  const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error('could not find a free port');
  return port;
}

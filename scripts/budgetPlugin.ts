import { gzipSync } from 'node:zlib';
import type { Logger, Plugin } from 'vite';
import {
  INITIAL_JS_BUDGET_BYTES,
  checkBudget,
  formatBudgetReport,
  formatKb,
  type BundleChunk,
} from './bundleBudget.ts';

/**
 * Fails `vite build` when the first paint's JavaScript (entry + static imports, gzipped) exceeds
 * `budgetBytes`, and prints every chunk's gzipped size either way. It reads the final chunk code (the
 * last `generateBundle` step: the same bytes dist/ gets) and fails before anything is written, so an
 * over-budget build leaves no dist/ to serve.
 */
export function bundleBudget(budgetBytes: number = INITIAL_JS_BUDGET_BYTES): Plugin {
  let logger: Logger | undefined;
  let text = '';
  return {
    name: 'gesso:bundle-budget',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks: BundleChunk[] = [];
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') {
            const { fileName, isEntry, imports, code } = file;
            chunks.push({ fileName, isEntry, imports, gzipBytes: gzipSync(code).length });
          } else if (file.fileName.endsWith('.js')) {
            // A worker's bundle is emitted as an asset: loaded on demand, never imported statically.
            const gzipBytes = gzipSync(file.source).length;
            chunks.push({ fileName: file.fileName, isEntry: false, imports: [], gzipBytes });
          }
        }
        const report = checkBudget(chunks, budgetBytes);
        text = formatBudgetReport(report);
        if (report.overBudget) {
          this.error(
            `${text}\nThe first paint needs ${formatKb(report.initialGzipBytes)} of JavaScript, over the ` +
              `${formatKb(budgetBytes)} budget (scripts/bundleBudget.ts): load on demand what it does not need.`,
          );
        }
      },
    },
    // Printed after Vite's own file list, so the verdict is the last thing a build says.
    closeBundle() {
      if (text) (logger ?? console).info(`\n${text}`);
    },
  };
}

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { studioHeadersPlugin } from './server/studioHeadersPlugin.ts';
import { gessoEngine } from './server/vitePlugin.ts';
import { bundleBudget } from './scripts/budgetPlugin.ts';

// The local engine is mounted inside Vite's dev and preview servers, so the studio and the API share one
// origin and the default setup needs no CORS and no key handling beyond the documented development key.
// Every response of both servers carries the security headers (README, "Security headers").
export default defineConfig({
  plugins: [react(), tailwindcss(), studioHeadersPlugin(), gessoEngine(), bundleBudget()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the first paint needs in one chunk. Rolldown otherwise moves each module that a
            // lazy chunk shares with the first paint into a "common" chunk of its own, which index.html
            // then preloads beside the entry: more requests, and more bytes, since each file compresses
            // on its own (README.md, "Budgets").
            { name: 'index', tags: ['$initial'], priority: 2 },
            // What an open image needs, fetched as one file in idle time after the first paint: the canvas
            // editor and the options panel's image-mode fields (Konva stays apart, loaded on first show).
            // The APIs' runtime — validation, wire, client and zod — loads as one file once the page is up
            // (lib/api's loadBackendRuntime), not as one small file per module.
            {
              name: 'apiRuntime',
              test: /[\\/](src[\\/]lib[\\/]api|node_modules[\\/]zod)[\\/]/,
              priority: 1,
            },
            {
              name: 'canvasEditor',
              test: /[\\/]src[\\/]features[\\/](canvas[\\/]canvasEditor|generation[\\/]ImageModeFields)\./,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});

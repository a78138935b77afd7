import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { gessoEngine } from './server/vitePlugin.ts';
import { bundleBudget } from './scripts/budgetPlugin.ts';

// The local engine is mounted inside Vite's dev and preview servers, so the studio and the API share one
// origin and the default setup needs no CORS and no key handling beyond the documented development key.
export default defineConfig({
  plugins: [react(), tailwindcss(), gessoEngine(), bundleBudget()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { chunkSizeWarningLimit: 800 },
});

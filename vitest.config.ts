import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/**, server/**); client↔engine integration tests in tests/integration.
// DOM tests opt in with a `// @vitest-environment happy-dom` docblock.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['./tests/setup/testingLibrary.ts'],
  },
});

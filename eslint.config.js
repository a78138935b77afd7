import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const FEATURES = ['generation', 'canvas', 'gallery', 'compare', 'settings', 'stage', 'lineage'];
/** Leaves may not reach into the features that orchestrate them (ARCHITECTURE.md). */
const LEAVES = {
  canvas: ['generation', 'compare', 'stage', 'lineage'],
  gallery: ['generation', 'compare', 'stage', 'lineage'],
  settings: ['generation', 'compare', 'canvas', 'gallery', 'stage', 'lineage'],
};

// Import boundaries: lib/components ← features ← app, features talk only through each other's index.ts,
// and the engine imports nothing from src/ but the DOM-free wire module.
const zones = [
  { target: './src/lib', from: './src/features', message: 'lib/ knows no feature.' },
  { target: './src/lib', from: './src/app', message: 'Nothing imports app/.' },
  { target: './src/components', from: './src/features', message: 'UI primitives know no feature.' },
  { target: './src/components', from: './src/app', message: 'Nothing imports app/.' },
  { target: './src/features', from: './src/app', message: 'Nothing imports app/.' },
  // lib/api's index reaches the parsers and zod; the studio takes plain data from studio.ts and loads the
  // rest with loadBackendRuntime, so none of it lands in the first paint (README.md, "Budgets").
  ...['./src/features', './src/app', './src/components'].map((target) => ({
    target,
    from: './src/lib/api',
    except: ['./studio.ts'],
    message: 'The studio imports lib/api/studio.ts only; the runtime comes with loadBackendRuntime(id).',
  })),
  {
    target: './server',
    from: './src',
    except: ['./lib/api'],
    message: 'The engine imports only src/lib/api.',
  },
  ...FEATURES.flatMap((f) =>
    FEATURES.filter((g) => g !== f).map((g) => ({
      target: `./src/features/${f}`,
      from: `./src/features/${g}`,
      except: (LEAVES[f] ?? []).includes(g) ? [] : ['./index.ts'],
      message: (LEAVES[f] ?? []).includes(g)
        ? `${f} is a leaf feature and may not import ${g}.`
        : `Import ${g} through its index.ts only.`,
    })),
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
);

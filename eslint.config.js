import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports that would tie pure code to one platform. `core` runs everywhere, so it may use none. */
const platformImports = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'core is pure: no Electron here (put it in main/).' },
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'net', 'crypto', 'url', 'ws'],
      message: 'core is pure: no Node APIs here (put it in host/).',
    },
    {
      group: ['react', 'react-dom', 'react-dom/*', 'reveal.js', 'reveal.js/*', 'dompurify'],
      message: 'core is pure: no DOM or view libraries here (put it in renderer/).',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', platformImports],
      // No DOM or Node globals either: core code gets its clock and inputs passed in.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'navigator',
        'localStorage',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', '../../host/*', '../../main/*'],
              message: 'the renderer speaks to the host only through its transport.',
            },
          ],
        },
      ],
    },
  },
);

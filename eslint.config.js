import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/**
 * The layers (CONTRIBUTING.md), enforced on the files an import really resolves to, not on how the
 * path is spelled (`../../../host/x` is the host however many `..` it takes):
 *
 *   core      may import core only (and no platform package: see below)
 *   host      core                      server  core, host
 *   cli       core, host, server        main    core, host (and the slide theme's CSS)
 *   preload   core (types)              renderer core
 */
const LAYERS = ['core', 'host', 'server', 'cli', 'main', 'preload', 'renderer'];
const MAY_IMPORT = {
  core: [],
  host: ['core'],
  server: ['core', 'host'],
  cli: ['core', 'host', 'server'],
  main: ['core', 'host'],
  preload: ['core'],
  renderer: ['core'],
};
/** Narrow exceptions, each with its reason. */
const EXCEPTIONS = {
  // The desktop app prints handouts in the slide theme it bundles (main/export-handout.ts), and
  // its menus speak the interface's language from the same message catalogues (data only), and it
  // serves the phone remote, crew and follow pages with the web host itself (main/lan-remote.ts).
  main: ['./src/renderer/src/styles', './src/renderer/src/i18n/locales', './src/server/web-host.ts'],
  // Exports render the live slide and delegate components to static markup (one slide renderer),
  // in the interface language they choose (i18n/).
  host: ['./src/renderer/src/slide', './src/renderer/src/delegate', './src/renderer/src/i18n'],
};
const layerZones = LAYERS.flatMap((layer) =>
  LAYERS.filter((other) => other !== layer && !MAY_IMPORT[layer].includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    except: (EXCEPTIONS[layer] ?? [])
      .filter((path) => path.startsWith(`./src/${other}/`))
      .map((path) => `.${path.slice(`./src/${other}`.length)}`),
    message: `${layer}/ may import only ${['its own layer', ...MAY_IMPORT[layer]].join(', ')} (see CONTRIBUTING.md).`,
  })),
);
/** The components the host renders on its side stay free of the page's transport and state. */
const SHARED_COMPONENT_ZONES = ['slide', 'delegate'].map((folder) => ({
  target: `./src/renderer/src/${folder}`,
  from: './src/renderer/src',
  except: ['./slide', './delegate', './i18n'],
  message: 'slide/ and delegate/ render on the host too: they may import only core, i18n and each other.',
}));

/** Packages that tie code to one runtime; named by package, so matching the name is exact. */
const ELECTRON = {
  group: ['electron', 'electron/*'],
  message: 'Electron belongs in main/ and preload/ only.',
};
const NODE = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'net', 'crypto', 'url', 'ws'],
  message: 'no Node APIs here (put it in host/).',
};
const VIEW_LIBRARIES = {
  group: ['react', 'react-dom', 'react-dom/*', 'reveal.js', 'reveal.js/*'],
  message: 'core is pure: no DOM or view libraries here (put it in renderer/).',
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
    // Layers by folder: every import in src/ is resolved to its file, then checked against LAYERS.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...SHARED_COMPONENT_ZONES] }],
    },
  },
  {
    files: ['src/{host,server,cli}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON] }],
      // The Node side type-checks with the DOM library (for the components it renders); it has no page.
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...ELECTRON, message: 'core is pure: no Electron here (put it in main/).' },
            { ...NODE, message: 'core is pure: no Node APIs here (put it in host/).' },
            VIEW_LIBRARIES,
          ],
        },
      ],
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
            { ...ELECTRON, message: 'the renderer speaks to the host only through its transport.' },
            NODE,
          ],
        },
      ],
    },
  },
);

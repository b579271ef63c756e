import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * One build for the three Electron targets. Every library is a devDependency and is bundled,
 * so app.asar carries only `out/` and package.json (see electron-builder.yml).
 */
export default defineConfig({
  main: {
    // The host renders React slide components to HTML for the exports (host/handout.tsx): bundle
    // React's production build only, as the renderer does.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      // Minified: the speech engine's number recogniser carries large tables, and the main process
      // parses all of it at every launch (desktop cold start) — 4.7 MB unminified.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads can require only 'electron' and a few built-ins, never a local chunk or a
      // node_modules package: build each entry on its own with everything it imports inlined.
      isolatedEntries: true,
      externalizeDeps: false,
      rollupOptions: {
        input: {
          audience: resolve(__dirname, 'src/preload/audience.ts'),
          presenter: resolve(__dirname, 'src/preload/presenter.ts'),
          delegate: resolve(__dirname, 'src/preload/delegate.ts'),
          connect: resolve(__dirname, 'src/preload/connect.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
        // The preload needs only types from core/contract.ts; building zod schemas has no side
        // effects, so the unused ones (and zod, ~140 kB) are dropped from the privileged preload.
        treeshake: { manualPureFunctions: ['z'] },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // The audience window's first paint waits for this bundle: ship it minified.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // the web host's audience page: reveal.js and the first slide first, React after
          audience: resolve(__dirname, 'src/renderer/audience.html'),
        },
      },
    },
    plugins: [react()],
  },
});

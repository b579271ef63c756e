import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The standalone delegate viewer's script and styles (src/renderer/src/delegate-file.tsx): one
 * self-contained IIFE (React and all, no chunks, no module loading) and one stylesheet, for the
 * host to inline into `export --delegate` files. `npm run build` runs it after electron-vite, so
 * the desktop app ships it in out/ too; the CLI runs it on demand (host/delegate-viewer-build.ts).
 *
 * Output, in out/delegate-viewer/: delegate-viewer.js, delegate-viewer.css and inputs.json (every
 * file the build read, relative to the project), which tells the CLI when the build is stale.
 */
const root = import.meta.dirname;

function inputsManifest(): Plugin {
  return {
    name: 'lectern-delegate-inputs',
    generateBundle() {
      const files = new Set(['vite.delegate.config.ts', 'package-lock.json']);
      for (const id of this.getModuleIds()) {
        const file = id.split('?')[0]!;
        if (!id.startsWith('\0') && existsSync(file)) files.add(relative(root, file).split('\\').join('/'));
      }
      this.emitFile({
        type: 'asset',
        fileName: 'inputs.json',
        source: JSON.stringify([...files].sort(), null, 1),
      });
    },
  };
}

export default defineConfig({
  root,
  // React's production build and JSX transform whatever NODE_ENV says (vitest sets "test" when the
  // CLI is tested): a development build would be larger and carry our source paths
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', development: false } },
  publicDir: false,
  logLevel: 'warn',
  plugins: [inputsManifest()],
  build: {
    outDir: resolve(root, 'out/delegate-viewer'),
    emptyOutDir: true,
    minify: true,
    cssCodeSplit: false,
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: resolve(root, 'src/renderer/src/delegate-file.tsx'),
      output: {
        format: 'iife',
        entryFileNames: 'delegate-viewer.js',
        assetFileNames: 'delegate-viewer[extname]',
      },
    },
  },
});

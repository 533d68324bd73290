import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { GUARD_SCRIPT } from './src/shared/guard-script';

const TARGET = 'chrome120';

/**
 * The guard (src/content/guard.ts), which the background injects once a seller page has loaded, as
 * one self-contained classic script: scripting.executeScript runs no modules, and crxjs's own
 * `?script` import would list the file as web-accessible to every site.
 */
function injectedGuard(): Plugin {
  return {
    name: 'seller-guard:injected-guard',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false, emptyOutDir: false, target: TARGET, minify: true, sourcemap: false,
          lib: { entry: 'src/content/guard.ts', formats: ['iife'], name: 'sellerGuard', fileName: () => GUARD_SCRIPT },
          rollupOptions: { output: { entryFileNames: GUARD_SCRIPT, inlineDynamicImports: true } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const entry = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (!entry || entry.type !== 'chunk') throw new Error('the guard script did not build');
      this.emitFile({ type: 'asset', fileName: GUARD_SCRIPT, source: entry.code });
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: { ...manifest, version: pkg.version } }), injectedGuard()],
  build: {
    target: TARGET,
    sourcemap: false,
    emptyOutDir: true,
    // Pages the manifest does not name: the history view (opened from the popup and the options).
    rollupOptions: { input: { history: 'src/history/index.html' } },
  },
  // No dev server talks to seller pages: the e2e and the demo use the built dist/.
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});

import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';
import { sellerManifest } from './build/manifest.ts';
import pkg from './package.json' with { type: 'json' };
import { GUARD_SCRIPTS, LAYOUT_REPORT_SCRIPT } from './src/shared/guard-script.ts';
import { FIREFOX_MODE, FIREFOX_OUT_DIR, FIREFOX_TARGET, firefoxManifest } from './build/firefox-manifest.ts';

const CHROMIUM_TARGET = 'chrome120';

/**
 * The guards (src/content/guards/), which the background injects once a seller page has loaded,
 * each as one self-contained classic script: scripting.executeScript runs no modules, and crxjs's
 * own `?script` import would list the files as web-accessible to every site.
 */
function injectedGuards(target: string): Plugin {
  return {
    name: 'seller-guard:injected-guards',
    apply: 'build',
    async generateBundle() {
      for (const { entry, file } of [...Object.values(GUARD_SCRIPTS), LAYOUT_REPORT_SCRIPT]) {
        const result = await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            write: false,
            emptyOutDir: false,
            target,
            // Terser's extra passes make each guard about 2% smaller than the default minifier: the
            // 20 KB a page may get is measured gzipped (npm run bench), and every build is near it.
            minify: 'terser',
            terserOptions: { compress: { passes: 3, ecma: 2020 }, mangle: { toplevel: true }, format: { ecma: 2020 } },
            sourcemap: false,
            lib: { entry, formats: ['iife'], name: 'sellerGuard', fileName: () => file },
            rollupOptions: { output: { entryFileNames: file, inlineDynamicImports: true } },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
        const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
        if (!chunk || chunk.type !== 'chunk') throw new Error(`the guard ${entry} did not build`);
        this.emitFile({ type: 'asset', fileName: file, source: chunk.code });
      }
    },
  };
}

// `vite build` makes the Chromium build (dist/); `vite build --mode firefox` the Firefox one.
export default defineConfig(({ mode }) => {
  const firefox = mode === FIREFOX_MODE;
  const chromium = sellerManifest(pkg.version);
  const target = firefox ? FIREFOX_TARGET : CHROMIUM_TARGET;
  return {
    plugins: [
      preact(),
      firefox ? crx({ manifest: firefoxManifest(chromium), browser: 'firefox' }) : crx({ manifest: chromium }),
      injectedGuards(target),
    ],
    build: {
      target,
      outDir: firefox ? FIREFOX_OUT_DIR : 'dist',
      sourcemap: false,
      emptyOutDir: true,
      // Pages the manifest does not name: the history view (opened from the popup and the options),
      // the welcome page (opened on install) and the privacy policy (linked from both).
      rollupOptions: {
        input: {
          history: 'src/history/index.html',
          welcome: 'src/welcome/index.html',
          privacy: 'src/privacy/index.html',
        },
      },
    },
    // No dev server talks to seller pages: the e2e and the demo use the built dist/.
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});

import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest: { ...manifest, version: pkg.version } })],
  build: {
    target: 'chrome120',
    sourcemap: false,
    emptyOutDir: true,
    // Pages the manifest does not name: the history view (opened from the popup and the options).
    rollupOptions: { input: { history: 'src/history/index.html' } },
  },
  // No dev server talks to seller pages: the e2e and the demo use the built dist/.
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});

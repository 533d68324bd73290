// The Firefox smoke tests: real firefox-esr over WebDriver BiDi with the built dist-firefox/.
// Run apart from the unit tests (`npm run test:firefox`, and by `npm test` after the Firefox build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    environment: 'node',
    include: ['*.spec.ts'],
    // One Firefox at a time: two cores do not run several well.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  // Its own folder: test-results/ also holds the unit suites' reports (mutation.txt), which Playwright would clear.
  outputDir: 'test-results/playwright',
  // One persistent Chromium profile per test; two cores do not run several well.
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
});

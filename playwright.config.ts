import { defineConfig } from '@playwright/test';
import type { Fixtures } from './test/e2e/fixtures';

export default defineConfig<Pick<Fixtures, 'lang'>>({
  testDir: 'test/e2e',
  // Its own folder: test-results/ also holds the unit suites' reports (mutation.txt), which Playwright would clear.
  outputDir: 'test-results/playwright',
  // One persistent Chromium profile per test; two cores do not run several well.
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // The whole suite once per browser language: the extension's pages follow it, the banner speaks
  // each marketplace's language unless told otherwise.
  projects: [
    { name: 'en', use: { lang: 'en-US' } },
    { name: 'de', use: { lang: 'de' } },
    { name: 'zh-CN', use: { lang: 'zh-CN' } },
  ],
});

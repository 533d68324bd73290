// `npm test`: type check, lint, unit tests, the Chromium build and its end-to-end tests, the
// Firefox build with web-ext lint and its smoke tests in real Firefox, the store packages; then one
// closing line "N passed, N failed" over every suite (CI reads it). A browser that is missing is
// got first (scripts/get-browser.ts), so a fresh machine needs nothing but `npm install`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX_OUT_DIR } from '../build/firefox-manifest';
import { getChromium } from './chromium';
import { getFirefox } from './firefox';

const RESULTS = 'test-results';
let passed = 0;
let failed = 0;
let broken = false;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) console.log(`✗ ${label} failed (exit ${result.status ?? result.signal})`);
  return ok;
}

/** A check that is not a test suite (types, lint, build) still counts: one pass or one failure. */
function count(ok: boolean): boolean {
  if (ok) passed++;
  else {
    failed++;
    broken = true;
  }
  return ok;
}

const check = (label: string, command: string, args: string[]): boolean => count(run(label, command, args));

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** A suite counts its own tests; a suite that failed without a failing test (it crashed) counts one failure. */
function suite(ok: boolean, counts: { passed: number; failed: number } | undefined): void {
  passed += counts?.passed ?? 0;
  failed += counts?.failed ?? 0;
  if (!ok) broken = true;
  if (!ok && !counts?.failed) failed++;
}

function vitest(label: string, file: string, extra: string[] = []): void {
  // Absolute: a config with its own root would put a relative report under that root.
  const json = path.resolve(RESULTS, file);
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
  ]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(json);
  suite(ok, report && { passed: report.numPassedTests, failed: report.numFailedTests });
}

/** web-ext lint on the Firefox build: one check, passed with 0 errors; warnings are shown, not counted. */
function webExtLint(): void {
  console.log(`\n── web-ext lint: ${FIREFOX_OUT_DIR}/`);
  const args = ['web-ext', 'lint', '--source-dir', FIREFOX_OUT_DIR, '--output', 'json', '--no-config-discovery'];
  const result = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
  type Finding = { code: string; file?: string; message: string };
  let report: { summary: { errors: number; warnings: number }; errors: Finding[]; warnings: Finding[] } | undefined;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.log(result.stdout, result.stderr);
  }
  for (const f of [...(report?.errors ?? []), ...(report?.warnings ?? [])])
    console.log(`  ${f.code} ${f.file ?? ''}: ${f.message}`);
  const ok = report?.summary.errors === 0;
  console.log(report ? `${report.summary.errors} errors, ${report.summary.warnings} warnings` : '✗ no report');
  count(ok);
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

check('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('types (scripts, e2e)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit tests', 'unit.json');

const chromiumBuilt = check('build (Chromium)', 'npx', ['vite', 'build']);
if (chromiumBuilt) {
  if (!getChromium()) count(false);
  else {
    const ok = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test']);
    const stats = readJson<{ stats?: { expected: number; unexpected: number; flaky: number } }>(
      `${RESULTS}/e2e.json`,
    )?.stats;
    suite(ok, stats && { passed: stats.expected + stats.flaky, failed: stats.unexpected });
  }
}

const firefoxBuilt = check('build (Firefox)', 'npx', ['vite', 'build', '--mode', 'firefox']);
if (firefoxBuilt) {
  webExtLint();
  if (!getFirefox()) count(false);
  else vitest('smoke tests (Firefox)', 'firefox.json', ['--config', 'test/firefox/vitest.config.ts']);
}

if (chromiumBuilt && firefoxBuilt) check('packages', 'npx', ['tsx', 'scripts/package.ts']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);

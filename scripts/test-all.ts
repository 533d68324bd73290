// `npm test`: type check, lint, unit tests, build, end-to-end tests in real Chromium; then one
// closing line "N passed, N failed" over every suite (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM } from './chromium';

const RESULTS = 'test-results';
let passed = 0;
let failed = 0;
let broken = false;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (!ok) console.log(`✗ ${label} failed (exit ${result.status ?? result.signal})`);
  return ok;
}

/** A check that is not a test suite (types, lint, build) still counts: one pass or one failure. */
function check(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
  if (ok) passed++;
  else {
    failed++;
    broken = true;
  }
  return ok;
}

function readJson(file: string): Record<string, unknown> | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

check('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('types (scripts, e2e)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/unit.json`,
]);
const unit = readJson(`${RESULTS}/unit.json`) as { numPassedTests?: number; numFailedTests?: number } | undefined;
passed += unit?.numPassedTests ?? 0;
failed += unit?.numFailedTests ?? 0;
if (!unitOk) broken = true;
if (!unitOk && !unit?.numFailedTests) failed++;

if (check('build', 'npx', ['vite', 'build'])) {
  if (!findChromium()) {
    console.log(NO_CHROMIUM);
    failed++;
    broken = true;
  } else {
    const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test']);
    const stats = (
      readJson(`${RESULTS}/e2e.json`) as { stats?: { expected: number; unexpected: number; flaky: number } } | undefined
    )?.stats;
    passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
    failed += stats?.unexpected ?? 0;
    if (!e2eOk) broken = true;
    if (!e2eOk && !stats?.unexpected) failed++;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);

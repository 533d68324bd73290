// `npm run fixture:from-report <report.json> [--name <name>] [--root <dir>]`: a seller's layout report
// (saved from the banner on a page Seller Guard could not read) becomes a fixture and a failing test
// stub in this repository (or under --root).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { fixtureFiles, parseReport } from './report-fixture';

const REPO = path.resolve(import.meta.dirname, '..');

const option = (args: string[], name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) throw new Error('usage: npm run fixture:from-report <report.json> [--name <name>] [--root <dir>]');
  const name = option(rest, '--name')?.replace(/[^\w-]/g, '');
  const root = path.resolve(option(rest, '--root') ?? REPO);
  const files = fixtureFiles(parseReport(readFileSync(file, 'utf8')), name || undefined);
  const house = (await resolveConfig(path.join(REPO, 'package.json'))) ?? {};
  for (const [rel, text, parser] of [
    [files.htmlPath, files.html, 'html'],
    [files.testPath, files.test, 'typescript'],
  ] as const) {
    const target = path.join(root, rel);
    if (existsSync(target)) throw new Error(`${rel} exists already: pass --name <another name>`);
    mkdirSync(path.dirname(target), { recursive: true });
    // Formatted as the house formats (prettier), so the developer edits a readable page.
    const formatted = await format(text, { ...house, parser }).catch(() => text);
    writeFileSync(target, formatted);
    console.log(`wrote ${rel}`);
  }
  console.log('Next: fill in EXPECTED in the test (it fails until you do), then make the reader read the page.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

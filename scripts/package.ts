// `npm run package` (after both builds): the packages a store takes, in packages/ (gitignored):
// chrome.zip for the Chrome Web Store and Edge Add-ons, firefox.zip for addons.mozilla.org, and
// source.zip, the source archive AMO asks for when the code it gets is bundled and minified.
// Each zip is read back and checked before the run counts as done.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX_OUT_DIR } from '../build/firefox-manifest';
import { checkZip, extensionZip, sourceZip, type Browser } from './package-zips';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'packages');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
};
const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

function buildNotes(commit: string): string {
  const npmVersion = /npm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1] ?? 'any 10 or later';
  return `# Building Seller Guard ${pkg.version} from this archive

This archive holds every file of the Seller Guard repository at commit ${commit}.
The add-on's code is TypeScript and Preact, bundled and minified by Vite; nothing is generated
at run time and nothing is fetched from the network by the add-on.

Needs Node.js ${pkg.engines.node} (these packages were built with Node.js ${process.version}, npm ${npmVersion})
on Linux, macOS or Windows. In this folder:

    npm ci
    npm run build:firefox

The add-on is then in \`${FIREFOX_OUT_DIR}/\`: \`firefox.zip\` is that folder zipped.
\`npm run package\` makes the same three archives again (chrome.zip for Chrome and Edge,
firefox.zip, source.zip); it needs a git checkout for the source archive.
`;
}

const packages: { file: string; build: string; browser: Browser }[] = [
  { file: 'chrome.zip', build: 'dist', browser: 'chromium' },
  { file: 'firefox.zip', build: FIREFOX_OUT_DIR, browser: 'firefox' },
];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let wrong = 0;
for (const { file, build, browser } of packages) {
  const dir = path.join(ROOT, build);
  if (!existsSync(dir)) throw new Error(`${build}/ is missing: run npm run package (it builds both first)`);
  writeFileSync(path.join(OUT, file), extensionZip(dir, pkg.version, browser));
  const found = checkZip(readFileSync(path.join(OUT, file)), pkg.version, browser);
  for (const problem of found) console.error(`✗ ${file}: ${problem}`);
  wrong += found.length;
}

const tracked = git('ls-files', '-z')
  .split('\0')
  .filter((f) => f && existsSync(path.join(ROOT, f)));
const commit = git('rev-parse', 'HEAD').trim() + (git('status', '--porcelain').trim() ? ' (with local changes)' : '');
writeFileSync(path.join(OUT, 'source.zip'), sourceZip(ROOT, tracked, buildNotes(commit)));

for (const file of [...packages.map((p) => p.file), 'source.zip'])
  console.log(`packages/${file}  ${(readFileSync(path.join(OUT, file)).length / 1024).toFixed(1)} KB`);
console.log(`Seller Guard ${pkg.version}: ${wrong ? `${wrong} problem(s) in the packages` : 'packages checked'}`);
process.exit(wrong ? 1 : 0);

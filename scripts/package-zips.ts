// The store packages' contents, made and checked: an extension zip holds one build with its
// manifest at the root, the package.json version, and nothing a store should not get (source
// maps, tests); the source archive holds the git-tracked files and how to build from them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Browser = 'chromium' | 'firefox';

// A fixed date in every entry: the same build gives the same zip, byte for byte.
const MTIME = new Date('2000-01-01T00:00:00Z');

/** Why a file must not be in a store package, or undefined when it may. */
export function forbidden(file: string): string | undefined {
  if (file.endsWith('.map')) return 'a source map';
  if (/(^|\/)(test|tests|__tests__|e2e)\//.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file))
    return 'a test file';
  if (/\.tsx?$/.test(file)) return 'TypeScript source';
  return undefined;
}

/** Every file under `dir`, keyed by its path relative to `dir` with forward slashes. */
export function filesUnder(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else files[child] = readFileSync(path.join(dir, child));
    }
  };
  walk('');
  return files;
}

const zip = (files: Record<string, Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: MTIME }]])), {
    level: 9,
  });

/** What is wrong with an extension package's files (empty when nothing is). */
export function problems(files: Record<string, Uint8Array>, version: string, browser: Browser): string[] {
  const found: string[] = [];
  const raw = files['manifest.json'];
  if (!raw) return ['no manifest.json at the top of the package'];
  const manifest = JSON.parse(strFromU8(raw)) as {
    version?: string;
    background?: { service_worker?: string; scripts?: string[] };
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  if (manifest.version !== version) found.push(`manifest version ${manifest.version} is not package.json's ${version}`);
  if (browser === 'chromium' && !manifest.background?.service_worker) found.push('no background service worker');
  if (browser === 'firefox' && !manifest.background?.scripts?.length) found.push('no background scripts');
  if (browser === 'firefox' && !manifest.browser_specific_settings?.gecko?.id) found.push('no gecko id');
  for (const file of Object.keys(files)) {
    const why = forbidden(file);
    if (why) found.push(`${file} is ${why}`);
  }
  return found;
}

/** The zip of one build, refused whole when anything in it is wrong. */
export function extensionZip(buildDir: string, version: string, browser: Browser): Uint8Array {
  const files = filesUnder(buildDir);
  const wrong = problems(files, version, browser);
  if (wrong.length) throw new Error(`${buildDir} cannot be packaged: ${wrong.join('; ')}`);
  return zip(files);
}

/** Checks a written package by reading it back. */
export function checkZip(data: Uint8Array, version: string, browser: Browser): string[] {
  return problems(unzipSync(data), version, browser);
}

/** The source archive addons.mozilla.org asks for: the tracked files, and BUILD.md at the top. */
export function sourceZip(root: string, tracked: string[], buildNotes: string): Uint8Array {
  const files: Record<string, Uint8Array> = { 'BUILD.md': strToU8(buildNotes) };
  for (const file of tracked) files[file] = readFileSync(path.join(root, file));
  return zip(files);
}

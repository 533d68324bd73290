// The store packages: one build each, manifest at the top, the package.json version, no source
// maps or tests; a build that breaks any of that is refused whole. The source archive carries the
// tracked files and its build notes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkZip, extensionZip, forbidden, sourceZip } from '../../scripts/package-zips';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'seller-guard-package-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const chromiumManifest = (version: string) =>
  JSON.stringify({ manifest_version: 3, version, background: { service_worker: 'sw.js', type: 'module' } });
const firefoxManifest = (version: string) =>
  JSON.stringify({
    manifest_version: 3,
    version,
    background: { scripts: ['sw.js'], type: 'module' },
    browser_specific_settings: { gecko: { id: 'seller-guard@seller-guard' } },
  });

describe('extension packages', () => {
  it('zips a build with its manifest at the top and every file in its place', () => {
    put('manifest.json', chromiumManifest('1.2.3'));
    put('sw.js', 'self;');
    put('src/popup/index.html', '<!doctype html>');
    const files = unzipSync(extensionZip(dir, '1.2.3', 'chromium'));
    expect(Object.keys(files).sort()).toEqual(['manifest.json', 'src/popup/index.html', 'sw.js']);
    expect(JSON.parse(strFromU8(files['manifest.json']!)).version).toBe('1.2.3');
    expect(checkZip(extensionZip(dir, '1.2.3', 'chromium'), '1.2.3', 'chromium')).toEqual([]);
  });

  it('gives the same bytes for the same build (fixed dates, sorted entries)', () => {
    put('manifest.json', chromiumManifest('1.2.3'));
    put('b.js', 'b');
    put('a.js', 'a');
    expect(extensionZip(dir, '1.2.3', 'chromium')).toEqual(extensionZip(dir, '1.2.3', 'chromium'));
  });

  it('refuses a build carrying a source map, a test file or TypeScript source, naming each', () => {
    put('manifest.json', chromiumManifest('1.2.3'));
    put('sw.js', 'self;');
    put('assets/index.js.map', '{}');
    put('test/e2e/popup.spec.js', '');
    put('src/background/index.ts', '');
    expect(() => extensionZip(dir, '1.2.3', 'chromium')).toThrow(
      /assets\/index\.js\.map is a source map; src\/background\/index\.ts is TypeScript source; test\/e2e\/popup\.spec\.js is a test file/,
    );
  });

  it("refuses a manifest whose version is not package.json's, or that does not fit its browser", () => {
    put('manifest.json', chromiumManifest('1.2.2'));
    expect(() => extensionZip(dir, '1.2.3', 'chromium')).toThrow("manifest version 1.2.2 is not package.json's 1.2.3");
    expect(() => extensionZip(dir, '1.2.2', 'firefox')).toThrow(/no background scripts; no gecko id/);
    put('manifest.json', firefoxManifest('1.2.3'));
    expect(() => extensionZip(dir, '1.2.3', 'chromium')).toThrow('no background service worker');
    expect(checkZip(extensionZip(dir, '1.2.3', 'firefox'), '1.2.3', 'firefox')).toEqual([]);
  });

  it('refuses a folder with no manifest at its top', () => {
    put('dist/manifest.json', chromiumManifest('1.2.3'));
    expect(() => extensionZip(dir, '1.2.3', 'chromium')).toThrow('no manifest.json at the top of the package');
  });

  it('tells test and map files from the files a build has', () => {
    expect(forbidden('src/content/guard-amazon.js')).toBeUndefined();
    expect(forbidden('assets/jsxRuntime-Du28GsaU.js')).toBeUndefined();
    expect(forbidden('src/content/latest.test.js')).toBe('a test file');
    expect(forbidden('__tests__/x.js')).toBe('a test file');
    expect(forbidden('service-worker-loader.js.map')).toBe('a source map');
  });
});

describe('the source archive', () => {
  it('holds the tracked files as they are, and BUILD.md at the top', () => {
    put('package.json', '{"name":"seller-guard"}');
    put('src/shared/browser.ts', 'export {};');
    put('untracked.txt', 'not listed');
    const files = unzipSync(sourceZip(dir, ['package.json', 'src/shared/browser.ts'], '# Building\n'));
    expect(Object.keys(files).sort()).toEqual(['BUILD.md', 'package.json', 'src/shared/browser.ts']);
    expect(strFromU8(files['BUILD.md']!)).toBe('# Building\n');
    expect(strFromU8(files['src/shared/browser.ts']!)).toBe('export {};');
  });
});

// Loads a fixture page into a Document the way a reader sees it (scripts parsed, never run).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', 'fixtures');

export function fixtureHtml(rel: string): string {
  return readFileSync(path.join(ROOT, rel), 'utf8');
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixture(rel: string): Document {
  return parse(fixtureHtml(rel));
}

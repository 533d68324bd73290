// Loads a fixture page into a Document the way a reader sees it (scripts parsed, never run).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageReading, PageReadingOk } from '../../src/core/types';

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

/** The reading, which must have succeeded: a failed one fails the test with the reader's reason. */
export function ok(reading: PageReading): PageReadingOk {
  if (!reading.ok) throw new Error(reading.reason);
  return reading;
}

// `npm run locales`: writes public/_locales/<locale>/messages.json from the message catalogue
// (src/i18n/catalogue/). npm test fails when the committed files differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localeFiles } from '../src/i18n/manifest-messages';

const PUBLIC = path.resolve(import.meta.dirname, '..', 'public');
const files = localeFiles();
const folders = new Set(Object.keys(files).map((f) => f.split('/')[1]!));
// A locale dropped from the catalogue must not linger in the package.
for (const folder of readdirSync(path.join(PUBLIC, '_locales'))) {
  if (!folders.has(folder)) rmSync(path.join(PUBLIC, '_locales', folder), { recursive: true });
}
for (const [file, content] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(PUBLIC, file)), { recursive: true });
  writeFileSync(path.join(PUBLIC, file), content);
}
console.log(`${Object.keys(files).length} locale files written to public/_locales`);

// `npm run store:text`: writes the store listing's text files (scripts/store-text.ts) to store/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { storeTextFiles } from './store-text';

const ROOT = path.resolve(import.meta.dirname, '..');
for (const [file, content] of Object.entries(storeTextFiles())) {
  mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
  writeFileSync(path.join(ROOT, file), content);
}
console.log(`store text written: ${Object.keys(storeTextFiles()).join(', ')}`);

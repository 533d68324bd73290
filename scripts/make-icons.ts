// Writes public/icons/icon-<size>.png from scripts/icon.ts. Run after changing the artwork
// (`npm run icons`); test/build/icons.test.ts fails until the committed files match it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, iconScanlines, ICONS } from './icon';

const out = path.resolve(import.meta.dirname, '..', 'public', 'icons');
for (const { size, inset } of ICONS) {
  const file = path.join(out, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, iconScanlines(size, inset)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

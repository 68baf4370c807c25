// Printed after `npm run demo`'s report: where the built extension is and how to load it.
import path from 'node:path';
import { ROOT } from './lib/shared.mjs';

const rel = (p) => path.relative(process.cwd(), path.join(ROOT, p)) || '.';
console.log(`---
The report above is \`pressmark annotate\` on the bundled sample page (tests/fixtures/bagram-rich.html).
The extension is built:
  Chrome:  ${rel('dist/chrome')}   (chrome://extensions → Developer mode → Load unpacked)
  Firefox: ${rel('dist/firefox')}  (about:debugging → This Firefox → Load Temporary Add-on → manifest.json)
  Zips:    ${rel('dist')}/pressmark-{chrome,firefox}-*.zip
Try also: npx pressmark annotate tests/fixtures/bagram-bare.html --format html > annotated.html`);

/**
 * Draws the app icon as SVG and renders the PNG sizes the web manifest and iOS need, with the
 * system Chromium (no download). Run after changing the mark:
 *   node packages/web/scripts/render-icons.mjs
 * Uses playwright-core from the e2e workspace; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

const CORAL = '#F0745A';
const APRICOT = '#FFB38A';
const CREAM = '#FFF7F0';
const PLUM = '#2B1B2A';

/** The mark on a 512 grid: a cream speech bubble holding a question, on a coral-to-apricot glow. */
function mark({ scale = 1, rounded = true } = {}) {
  const s = scale;
  const shift = 256 * (1 - s);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${APRICOT}"/>
      <stop offset="1" stop-color="${CORAL}"/>
    </linearGradient>
  </defs>
  <rect width="512" height="512" rx="${rounded ? 116 : 0}" fill="url(#g)"/>
  <g transform="translate(${shift} ${shift}) scale(${s})">
    <path fill="${CREAM}" d="M166 118h180c50 0 90 40 90 90v66c0 50-40 90-90 90H236l-72 58c-9 7-21 1-21-10v-52c-40-9-67-44-67-86v-66c0-50 40-90 90-90z"/>
    <path fill="none" stroke="${PLUM}" stroke-width="34" stroke-linecap="round" stroke-linejoin="round"
      d="M212 200c0-26 20-44 46-44s46 18 46 42c0 20-12 30-28 38-12 6-18 14-18 28v4"/>
    <circle cx="258" cy="312" r="19" fill="${PLUM}"/>
  </g>
</svg>`;
}

const outputs = [
  { file: 'icon-192.png', size: 192, svg: mark(), transparent: true },
  { file: 'icon-512.png', size: 512, svg: mark(), transparent: true },
  // Maskable: full bleed, the bubble inside the central 80% safe zone.
  { file: 'icon-maskable-512.png', size: 512, svg: mark({ scale: 0.72, rounded: false }), transparent: false },
  // iOS rounds the corners itself and shows black behind transparency.
  { file: 'apple-touch-icon.png', size: 180, svg: mark({ scale: 0.86, rounded: false }), transparent: false },
];

writeFileSync(join(publicDir, 'favicon.svg'), mark() + '\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, svg, transparent } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: join(publicDir, file), omitBackground: transparent, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote public/${file}`);
  }
} finally {
  await browser.close();
}

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { REPO_ROOT } from '../support/app-server';

/*
 * Makes the manifest's icons from the app's artwork (public/favicon.svg, and the maskable 512 px icon) and the
 * shortcut icons from the tab bar's Ionicons glyphs (MIT). Run once when the artwork changes, not at build time;
 * the PNGs are committed:  npx tsx e2e/manifest-assets/make-icons.ts
 */

const ICONS = join(REPO_ROOT, 'public', 'icons');
const BRAND = '#1f5f8b';
/** "any" icons: the rounded artwork with transparent corners, for launchers, app lists and the install dialog. */
const ANY_SIZES = [72, 96, 128, 144, 152, 192, 256, 384, 512];
/** Full-bleed artwork whose glyph sits in the safe zone, for launchers that cut their own shape. */
const MASKABLE_SIZES = [192, 512];

async function png(input: Buffer, size: number, file: string, options: { density?: number } = {}): Promise<void> {
  const out = await sharp(input, options.density ? { density: options.density } : {})
    .resize(size, size)
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
  await writeFile(join(ICONS, file), out);
  console.log(`${file} ${size}×${size} ${out.length} B`);
}

/** A shortcut icon: the brand square with one white Ionicons glyph in the middle. */
async function shortcutIcon(glyphFile: string, size: number, file: string): Promise<void> {
  const glyph = await readFile(join(REPO_ROOT, 'node_modules', 'ionicons', 'dist', 'svg', glyphFile), 'utf8');
  const inner = glyph.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="18" fill="${BRAND}"/>
  <svg x="21" y="21" width="58" height="58" viewBox="0 0 512 512" fill="#ffffff" color="#ffffff">${inner}</svg>
</svg>`;
  await png(Buffer.from(svg), size, file);
}

const artwork = await readFile(join(REPO_ROOT, 'public', 'favicon.svg'));
const maskable = await readFile(join(ICONS, 'icon-512-maskable.png'));
for (const size of ANY_SIZES.filter((s) => s !== 192 && s !== 512)) {
  // Rendered from the vector at the target size (density scales the 100-unit viewBox), not scaled down from a PNG.
  await png(artwork, size, `icon-${size}.png`, { density: Math.ceil((72 * size) / 100) });
}
for (const size of MASKABLE_SIZES.filter((s) => s !== 512)) await png(maskable, size, `icon-${size}-maskable.png`);
// iOS lays its own rounded mask over an opaque square: the full-bleed artwork, no transparent corners.
await png(maskable, 180, 'apple-touch-icon.png');
for (const size of [96, 192]) {
  await shortcutIcon('chatbubble-ellipses-outline.svg', size, `shortcut-feedback-${size}.png`);
  await shortcutIcon('compass-outline.svg', size, `shortcut-discover-${size}.png`);
}

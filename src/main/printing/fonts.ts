import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const WEIGHTS = ['400', '700'] as const;

/**
 * @font-face rules for the bundled Noto Sans SC (fontsource's unicode-range subsets, so Chromium loads
 * only the pieces a report uses), pointing at the font files on disk. Reports never rely on system fonts.
 */
export function fontFaceCss(fontsDir: string): string {
  let css = fontFaceCache.get(fontsDir);
  if (css === undefined) fontFaceCache.set(fontsDir, (css = readFontFaceCss(fontsDir)));
  return css;
}

/** The rules are the same for every report: read once per fonts folder. */
const fontFaceCache = new Map<string, string>();

function readFontFaceCss(fontsDir: string): string {
  const cssDir = path.dirname(fontsDir);
  return WEIGHTS.map((w) => {
    const css = fs.readFileSync(path.join(cssDir, `${w}.css`), 'utf8');
    return css.replace(
      /url\(\.\/files\/([^)]+?\.woff2)\) format\('woff2'\),\s*url\(\.\/files\/[^)]+?\.woff\) format\('woff'\)/g,
      (_m, file: string) => `url('${pathToFileURL(path.join(fontsDir, file)).href}') format('woff2')`,
    );
  }).join('\n');
}

/** Where the fonts are when running from the repository (tests, harness, `npm start`). */
export function defaultFontsDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
}

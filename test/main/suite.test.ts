import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN_TESTS = path.resolve(__dirname);
/** What changes a worker's shared module graph for the files after it. */
const REPLACES_MODULES = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules)\(/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

describe('the main test suite', () => {
  it('only *.isolated.test.ts files replace modules (the others share one module graph per worker)', () => {
    const offenders = files(MAIN_TESTS)
      .filter((f) => /\.test\.tsx?$/.test(f) && !f.endsWith('.isolated.test.ts'))
      .filter((f) => REPLACES_MODULES.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(MAIN_TESTS, f));
    expect(offenders).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources, type Namespace } from '../../src/shared/i18n/resources';

const RENDERER = path.resolve(__dirname, '../../out/renderer');
/** The login screen's namespaces (src/renderer/src/i18n/index.ts STARTUP_RESOURCES). */
const STARTUP_NAMESPACES: Namespace[] = ['common', 'auth', 'errors', 'validation'];

/** What the login screen loads before it paints: the entry script and everything index.html preloads. */
function startupCode(): string {
  const html = fs.readFileSync(path.join(RENDERER, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)]
    .map((m) => fs.readFileSync(path.join(RENDERER, m[1]!), 'utf8'))
    .join('\n');
}

/** The longest Chinese text of a namespace: found in the code exactly when the namespace is bundled there. */
function longestText(ns: Namespace): string {
  const texts: string[] = [];
  const walk = (o: object) =>
    Object.values(o).forEach((v) => (typeof v === 'string' ? texts.push(v) : walk(v as object)));
  walk(resources['zh-CN'][ns]);
  return texts.filter((t) => !t.includes('{{')).sort((a, b) => b.length - a.length)[0]!;
}

describe('the start-up bundle (built renderer)', () => {
  it('carries only what the login screen needs: no zod, no translations of the screens behind login', () => {
    const code = startupCode();
    // zod belongs to the screens that validate with the contract's schemas, in their lazy chunks.
    expect(code).not.toContain('ZodError');
    for (const ns of STARTUP_NAMESPACES) expect(code, ns).toContain(longestText(ns));
    for (const ns of NAMESPACES.filter((n) => !STARTUP_NAMESPACES.includes(n)))
      expect(code, ns).not.toContain(longestText(ns));
  });
});

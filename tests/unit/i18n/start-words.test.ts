import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import enScreens from '../../../src/i18n/screens/en.json';
import syncWords from '../../../src/i18n/sync-words.json';

const ROOT = resolve(__dirname, '../../..');
const startNamespaces = new Set(Object.keys(en));
const laterNamespaces = new Set([...Object.keys(enScreens), ...Object.keys(syncWords.en)]);

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/**
 * The app's own modules loaded with its first script: what `src/main.tsx` imports, and what those
 * import, statically (`import()` is a chunk of its own; `import type` is gone once compiled).
 */
function startModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/g,
    )) {
      const target = resolveImport(file, m[1]!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

describe('the words the app starts with', () => {
  const modules = startModules(resolve(ROOT, 'src/main.tsx'));

  it('are the words of every module loaded with the first script (others load with their screens)', () => {
    expect(modules.map((m) => relative(ROOT, m))).toContain('src/features/fill/fill-page.tsx');
    const misplaced: string[] = [];
    for (const file of modules) {
      const source = readFileSync(file, 'utf8');
      // A key is a string starting with its namespace: t('fill.saved'), t(`plan.outcome.${family}`), labelKey: 'hazard.bio'.
      for (const m of source.matchAll(/['"`]([a-zA-Z]+)\.[a-zA-Z$]/g))
        if (laterNamespaces.has(m[1]!) && !startNamespaces.has(m[1]!))
          misplaced.push(`${relative(ROOT, file)}: ${m[0].slice(1)}…`);
    }
    expect(misplaced).toEqual([]);
  });

  it('share no key with the screen words (a group loaded later would replace it)', () => {
    const paths = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    const later = new Set(paths(enScreens));
    expect(paths(en).filter((key) => later.has(key))).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One area file: the area and the actions for its indicators. */
export interface PartFile {
  file: string;
  value: unknown;
}

/** What one part's authors changed since the previous version (merged into the header's `changes`). */
export interface ChangesFragment {
  renamed?: unknown[];
  removed?: unknown[];
  replaced?: unknown[];
}

export function assembleQuestionnaire(
  header: Record<string, unknown>,
  parts: PartFile[],
  changes: ChangesFragment[] = [],
): Record<string, unknown> {
  const areas: unknown[] = [];
  const actions: unknown[] = [];
  for (const { file, value } of parts) {
    const part = value as { area?: unknown; actions?: unknown[] };
    if (!part.area) throw new Error(`${file}: has no "area"`);
    areas.push(part.area);
    actions.push(...(part.actions ?? []));
  }
  const assembled: Record<string, unknown> = {
    $schema: './questionnaire.schema.json',
    ...header,
    areas,
    actions,
  };
  if (changes.length > 0) {
    const base = (header.changes ?? {}) as Record<string, unknown[] | string | undefined>;
    const merged: Record<string, unknown> = { ...base };
    for (const key of ['renamed', 'removed', 'replaced'] as const) {
      const all = [...((base[key] as unknown[] | undefined) ?? []), ...changes.flatMap((c) => c[key] ?? [])];
      if (all.length > 0 || key !== 'replaced') merged[key] = all;
    }
    // `changes` stays last, after the content it describes.
    delete assembled.changes;
    assembled.changes = merged;
  }
  return assembled;
}

/** A version's sources as they lie in questionnaires/<id>/<version>/: header, parts, each part's changes. */
export function assembleFromSources(dir: string): Record<string, unknown> {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const listed = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
  return assembleQuestionnaire(
    read(join(dir, 'header.json')) as Record<string, unknown>,
    listed('parts').map((file) => ({ file, value: read(join(dir, 'parts', file)) })),
    listed('changes').map((f) => read(join(dir, 'changes', f)) as ChangesFragment),
  );
}

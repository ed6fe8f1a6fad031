import type { CheckContext, Path } from './context';

function checkUnique(ctx: CheckContext, items: { id: string; path: Path }[], what: string): void {
  const seen = new Map<string, Path>();
  for (const { id, path } of items) {
    const first = seen.get(id);
    if (first)
      ctx.error([...path, 'id'], `duplicate ${what} id "${id}" (first used at ${formatShort(first)})`);
    else seen.set(id, path);
  }
}

function formatShort(path: Path): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '$.');
}

/** Areas, groups and questions share one id space (answers and conditions name them); so do actions, roles, options and columns within their own lists. */
export function checkIds(ctx: CheckContext): void {
  const { q, index } = ctx;
  checkUnique(
    ctx,
    [
      ...index.containers.map((c) => ({ id: c.id, path: c.path })),
      ...index.questions.map((e) => ({ id: e.question.id, path: e.path })),
    ].sort((a, b) => comparePaths(a.path, b.path)),
    'area, group or question',
  );
  checkUnique(
    ctx,
    q.actions.map((a, i) => ({ id: a.id, path: ['actions', i] })),
    'action',
  );
  checkUnique(
    ctx,
    q.agencyRoles.map((r, i) => ({ id: r.id, path: ['agencyRoles', i] })),
    'agency role',
  );
  for (const { question, path } of index.questions) {
    if ('options' in question)
      checkUnique(
        ctx,
        question.options.map((o, i) => ({ id: o.id, path: [...path, 'options', i] })),
        'option',
      );
    if (question.kind === 'table') {
      checkUnique(
        ctx,
        question.columns.map((c, i) => ({ id: c.id, path: [...path, 'columns', i] })),
        'column',
      );
      question.columns.forEach((c, i) => {
        if (c.kind === 'singleChoice')
          checkUnique(
            ctx,
            c.options.map((o, j) => ({ id: o.id, path: [...path, 'columns', i, 'options', j] })),
            'option',
          );
      });
    }
  }
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

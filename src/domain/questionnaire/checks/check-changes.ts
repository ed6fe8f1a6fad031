import type { CheckContext } from './context';

/** Renamed and removed ids describe the step from the previous version, so old answers can follow. */
export function checkChanges(ctx: CheckContext): void {
  const changes = ctx.q.changes;
  if (!changes) return;
  const known = ctx.index.byId;
  changes.renamed.forEach((r, i) => {
    if (known.has(r.from))
      ctx.error(['changes', 'renamed', i, 'from'], `"${r.from}" still exists in this version`);
    if (!known.has(r.to)) ctx.error(['changes', 'renamed', i, 'to'], `unknown question "${r.to}"`);
  });
  changes.removed.forEach((id, i) => {
    if (known.has(id)) ctx.error(['changes', 'removed', i], `"${id}" still exists in this version`);
  });
  changes.replaced?.forEach((r, i) => {
    if (known.has(r.from))
      ctx.error(['changes', 'replaced', i, 'from'], `"${r.from}" still exists in this version`);
    r.by.forEach((id, j) => {
      if (!known.has(id)) ctx.error(['changes', 'replaced', i, 'by', j], `unknown question "${id}"`);
    });
  });
}

import { reachableLevels } from '../scoring-levels';
import type { CheckContext } from './context';

/** Actions point at scored indicators and known roles, and unlock a level the indicator can reach. */
export function checkActions(ctx: CheckContext): void {
  const { q, index } = ctx;
  const roles = new Set(q.agencyRoles.map((r) => r.id));
  const unlocked = new Map<string, Set<number>>();
  q.actions.forEach((action, i) => {
    const at = ['actions', i];
    if (!roles.has(action.leadRole))
      ctx.error([...at, 'leadRole'], `unknown agency role "${action.leadRole}"`);
    action.supportRoles.forEach((role, j) => {
      if (!roles.has(role)) ctx.error([...at, 'supportRoles', j], `unknown agency role "${role}"`);
    });
    const entry = index.byId.get(action.indicator);
    if (!entry) {
      ctx.error([...at, 'indicator'], `unknown question "${action.indicator}"`);
      return;
    }
    if (!entry.question.scoring) {
      ctx.error([...at, 'indicator'], `"${action.indicator}" is not a scored indicator`);
      return;
    }
    if (action.level === 1) {
      ctx.error([...at, 'level'], 'no action unlocks level 1, the lowest level; use 2–5');
      return;
    }
    const reachable = reachableLevels(entry.question);
    if (!reachable.includes(action.level)) {
      ctx.error(
        [...at, 'level'],
        `"${action.indicator}" can never be at level ${action.level}; its answers give levels ${reachable.join(', ')}`,
      );
      return;
    }
    const set = unlocked.get(action.indicator) ?? new Set<number>();
    set.add(action.level);
    unlocked.set(action.indicator, set);
  });
  for (const { question, path } of index.questions) {
    if (!question.scoring) continue;
    const missing = reachableLevels(question).filter((l) => l > 1 && !unlocked.get(question.id)?.has(l));
    if (missing.length > 0)
      ctx.warn(
        path,
        `no action unlocks level${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of "${question.id}"`,
      );
  }
}

import { reachableLevels } from '../scoring-levels';
import type { CheckContext } from './context';

/**
 * What indicators point at: the risk scenarios they mitigate (risk questions, or kinds of them that
 * exist among their hazards) and the prerequisites of their actions (another scored indicator, at a
 * level it can reach).
 */
export function checkLinks(ctx: CheckContext): void {
  const { index, q } = ctx;
  const risks = index.questions.flatMap((e) => (e.question.kind === 'risk' ? [e.question] : []));
  for (const { question, path } of index.questions) {
    const scoring = question.scoring;
    if (!scoring) continue;
    scoring.scenarios?.forEach((id, i) => {
      const at = [...path, 'scoring', 'scenarios', i];
      const target = index.byId.get(id)?.question;
      if (!target) ctx.error(at, `unknown scenario "${id}"`);
      else if (target.kind !== 'risk') ctx.error(at, `"${id}" is not a risk scenario (a risk question)`);
      else if (!scoring.hazards.includes(target.hazard))
        ctx.warn(at, `"${id}" is a ${target.hazard} scenario, a hazard this indicator does not list`);
    });
    scoring.scenarioCategories?.forEach((category, i) => {
      if (!risks.some((r) => r.category === category && scoring.hazards.includes(r.hazard)))
        ctx.warn(
          [...path, 'scoring', 'scenarioCategories', i],
          `no scenario of the kind "${category}" among the hazards ${scoring.hazards.join(', ')}`,
        );
    });
  }
  q.actions.forEach((action, i) => {
    action.prerequisites?.forEach((p, j) => {
      const at = ['actions', i, 'prerequisites', j];
      const needed = index.byId.get(p.indicator)?.question;
      if (!needed?.scoring) {
        ctx.error([...at, 'indicator'], `"${p.indicator}" is not a scored indicator`);
        return;
      }
      if (p.indicator === action.indicator)
        ctx.error([...at, 'indicator'], 'an action cannot be its own indicator’s prerequisite');
      else if (!reachableLevels(needed).includes(p.level))
        ctx.error([...at, 'level'], `"${p.indicator}" can never be at level ${p.level}`);
    });
  });
}

import type { TFunction } from 'i18next';
import type { PlanAction } from '../domain/plan/build-plan';

/** An action's objective: the user's wording, else "raise <indicator> from level current to target". */
export function objectiveText(t: TFunction, a: PlanAction): string {
  if (a.objective) return a.objective;
  if (a.trace && a.indicatorTitle)
    return t('report.obj.raise', { indicator: a.indicatorTitle, from: a.trace.current, to: a.trace.target });
  return a.indicatorTitle ?? '';
}

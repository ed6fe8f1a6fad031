import type { Agency } from '../assessment/assessment';
import type { PlanEdits } from './plan-edits';
import { phrase, type Phrase } from './phrase';

/** The risks every National Action Plan runs, as the register starts (the drafter edits it). */
export const DEFAULT_PLAN_RISKS = [
  { id: 'funding', likelihood: 3, impact: 4 },
  { id: 'turnover', likelihood: 4, impact: 3 },
  { id: 'legislation', likelihood: 3, impact: 4 },
  { id: 'coordination', likelihood: 3, impact: 3 },
] as const;

export interface PlanRiskRow {
  id: string;
  risk: Phrase;
  likelihood: number;
  impact: number;
  score: number;
  mitigation: Phrase;
  ownerId: string | null;
  /** One of the default risks, not yet edited. */
  isDefault: boolean;
}

/** The plan's risk register, highest score first: the drafter's, or the default risks owned by the focal point. */
export function planRisks(edits: PlanEdits, roster: readonly Agency[]): PlanRiskRow[] {
  const rows: PlanRiskRow[] = edits.risks
    ? edits.risks.map((r) => ({
        id: r.id,
        risk: { text: r.risk.text, lang: r.risk.lang },
        likelihood: r.likelihood,
        impact: r.impact,
        score: r.likelihood * r.impact,
        mitigation: { text: r.mitigation.text, lang: r.mitigation.lang },
        ownerId: r.ownerId,
        isDefault: false,
      }))
    : DEFAULT_PLAN_RISKS.map((r) => ({
        id: r.id,
        risk: phrase(`plan.risks.${r.id}.risk`),
        likelihood: r.likelihood,
        impact: r.impact,
        score: r.likelihood * r.impact,
        mitigation: phrase(`plan.risks.${r.id}.mitigation`),
        ownerId: roster.find((a) => a.role === 'nfp')?.id ?? null,
        isDefault: true,
      }));
  return rows.sort((a, b) => b.score - a.score);
}

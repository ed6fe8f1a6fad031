import type { AnswerMap } from '../assessment/answer';
import type { Agency } from '../assessment/assessment';
import type { Question, Questionnaire } from '../questionnaire/schema';
import { resolveText } from '../questionnaire/text';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Prioritisation } from '../scoring/prioritise';
import { own } from '../own';
import type { PlanAction, PlanModel } from './build-plan';
import type { PlanObjective } from './objectives';
import type { PlanEdits, ReportingFrequency, ResultsEdit } from './plan-edits';
import { phrase, written, type Phrase } from './phrase';

/** One row of the monitoring and evaluation matrix: for an objective, or for one of its priority actions. */
export interface ResultsRow {
  /** "o:<objective id>" or "a:<action id>": the key of its edits. */
  key: string;
  kind: 'objective' | 'action';
  objectiveId: string;
  actionId?: string;
  /** The objective's or the action's number ("1", "A-4.2"). */
  number: string;
  indicator: Phrase;
  baseline: Phrase;
  target: Phrase;
  /** "YYYY-MM". */
  targetDate: string;
  verification: Phrase;
  responsibleId: string | null;
  frequency: ReportingFrequency;
  /** Fields the drafter changed. */
  edited: (keyof ResultsEdit)[];
}

export interface ResultsInput {
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  priorities: Prioritisation;
  answers: AnswerMap;
  roster: readonly Agency[];
  plan: PlanModel;
  objectives: readonly PlanObjective[];
  edits: PlanEdits;
  language: string;
}

/** The agency leading most of these actions (the first such on the roster), else the national focal point. */
export function mainLead(actions: readonly PlanAction[], roster: readonly Agency[]): string | null {
  const counts = new Map<string, number>();
  for (const a of actions)
    if (a.leadAgencyId) counts.set(a.leadAgencyId, (counts.get(a.leadAgencyId) ?? 0) + 1);
  let best: string | null = null;
  for (const agency of roster) {
    const n = counts.get(agency.id) ?? 0;
    if (n > 0 && (best === null || n > counts.get(best)!)) best = agency.id;
  }
  return best ?? roster.find((a) => a.role === 'nfp')?.id ?? null;
}

const mean = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : 0;

/**
 * The results framework with its defaults: per objective, the share of its indicators at their target
 * level (baseline: the levels now; verified by re-assessment with the questionnaire); per priority
 * action, its expected achievement (baseline: the current level's descriptor and the evidence cited;
 * target: the level the action unlocks, by the action's end). Every field may be edited.
 */
export function resultsFramework(input: ResultsInput): ResultsRow[] {
  const { questionnaire, index, priorities, answers, roster, plan, objectives, edits, language } = input;
  const text = (t: Parameters<typeof resolveText>[0] | undefined) =>
    t ? resolveText(t, language, questionnaire.defaultLanguage).text : '';
  const levelNow = new Map<string, { current: number; target: number }>();
  for (const r of priorities.ranked)
    levelNow.set(r.questionId, { current: r.explanation.current, target: r.explanation.target });
  for (const r of priorities.atTarget)
    if (r.result.assessed)
      levelNow.set(r.questionId, { current: r.result.level, target: r.target ?? r.result.level });
  const descriptor = (q: Question | undefined, level: number) =>
    q?.kind === 'capacity' ? text(q.levels.find((l) => l.level === level)?.descriptor) : '';
  const questionnaireName = `${text(questionnaire.title)} ${questionnaire.version}`;

  const apply = (row: Omit<ResultsRow, 'edited'>): ResultsRow => {
    const edit = own(edits.results, row.key);
    if (!edit) return { ...row, edited: [] };
    const edited = (Object.keys(edit) as (keyof ResultsEdit)[]).filter((k) => edit[k] !== undefined);
    return {
      ...row,
      indicator: written(edit.indicator, row.indicator),
      baseline: written(edit.baseline, row.baseline),
      target: written(edit.target, row.target),
      verification: written(edit.verification, row.verification),
      targetDate: edit.targetDate ?? row.targetDate,
      responsibleId: edit.responsibleId !== undefined ? edit.responsibleId : row.responsibleId,
      frequency: edit.frequency ?? row.frequency,
      edited,
    };
  };

  return objectives.flatMap((objective) => {
    const levels = objective.indicatorIds.flatMap((id) => {
      const l = levelNow.get(id);
      return l ? [l] : [];
    });
    const atTarget = levels.filter((l) => l.current >= l.target).length;
    const head = apply({
      key: `o:${objective.id}`,
      kind: 'objective',
      objectiveId: objective.id,
      number: String(objective.number),
      indicator: phrase('plan.rf.objectiveIndicator', { count: objective.indicatorIds.length }),
      baseline: phrase('plan.rf.objectiveBaseline', {
        count: levels.length,
        atTarget,
        mean: mean(levels.map((l) => l.current)),
      }),
      target: phrase('plan.rf.objectiveTarget', {
        count: levels.length,
        mean: mean(levels.map((l) => l.target)),
      }),
      targetDate: plan.endMonth,
      verification: phrase('plan.rf.reassessment', { questionnaire: questionnaireName }),
      responsibleId: mainLead(objective.actions, roster),
      frequency: 'annual',
    });
    const rows = objective.actions
      .filter((a) => a.priority && a.number)
      .map((a) => {
        const question = a.indicatorId ? index.byId.get(a.indicatorId)?.question : undefined;
        const current =
          a.trace?.current ?? (a.indicatorId ? levelNow.get(a.indicatorId)?.current : undefined);
        const evidence = a.indicatorId ? answers.get(a.indicatorId)?.evidence : undefined;
        const now = current === undefined ? '' : descriptor(question, current);
        const then = a.level === undefined ? '' : descriptor(question, a.level);
        return apply({
          key: `a:${a.id}`,
          kind: 'action',
          objectiveId: objective.id,
          actionId: a.id,
          number: a.number!,
          indicator: a.achievement
            ? { text: a.achievement, lang: a.written?.achievement }
            : { text: a.title, lang: a.written?.title },
          baseline:
            current === undefined
              ? phrase('plan.rf.notAssessed')
              : phrase(evidence ? 'plan.rf.levelEvidence' : now ? 'plan.rf.level' : 'plan.rf.levelOnly', {
                  level: current,
                  descriptor: now,
                  evidence: evidence ?? '',
                }),
          target:
            a.level === undefined
              ? { text: a.achievement || a.title, lang: a.written?.achievement ?? a.written?.title }
              : phrase(then ? 'plan.rf.level' : 'plan.rf.levelOnly', { level: a.level, descriptor: then }),
          targetDate: a.end,
          verification: phrase(`plan.rf.verify.${a.type}`),
          responsibleId: a.leadAgencyId,
          frequency: 'quarterly',
        });
      });
    return [head, ...rows];
  });
}

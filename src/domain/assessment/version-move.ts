import type { Questionnaire } from '../questionnaire/schema';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { answerProblem } from '../validation/record-gate';
import type { AnswerRecord } from './answer';
import type { Assessment } from './assessment';
import type { PlanEdits } from '../plan/plan-edits';
import type { ReviewEntry } from '../scoring/review';

/** Why an answer of the earlier version is not carried: it is kept beside the assessment instead. */
export type SetAsideReason =
  /** the question was replaced by others (a compound indicator split, duplicates folded into one) */
  | { kind: 'replaced'; by: string[] }
  /** the question is gone */
  | { kind: 'removed' }
  /** the question is still there, but the answer is not a value it can take now */
  | { kind: 'invalid'; message: string };

export interface SetAsideAnswer {
  record: AnswerRecord;
  reason: SetAsideReason;
}

/** What moving an assessment's answers from one version of its questionnaire to the next does. */
export interface VersionMove {
  from: { id: string; version: string };
  to: { id: string; version: string };
  /** Answers carried to the new version, under their id there (a renamed question's new id). */
  carried: AnswerRecord[];
  /** Of the carried, those whose question was renamed: old id → new id. */
  renamed: { from: string; to: string }[];
  /** Of the carried, those whose question is worded differently now: worth a look. */
  reworded: string[];
  setAside: SetAsideAnswer[];
  /** Questions of the new version that the earlier one did not have: to answer. */
  fresh: string[];
}

export class VersionMoveError extends Error {}

/**
 * Plans the move of an assessment's answers to the next version of its questionnaire, through the
 * new version's `changes`: renamed questions take their answers along; answers of removed or
 * replaced questions, and answers the new question cannot take, are set aside (kept, never
 * deleted); everything else is carried as it is, still stamped with its author and time. Pure.
 */
export function planVersionMove(
  source: { questionnaire: Pick<Questionnaire, 'id' | 'version'>; index: QuestionnaireIndex },
  target: { questionnaire: Questionnaire; index: QuestionnaireIndex },
  records: readonly AnswerRecord[],
  owner: { id: string; roster: readonly { id: string }[] },
): VersionMove {
  const changes = target.questionnaire.changes;
  if (target.questionnaire.id !== source.questionnaire.id)
    throw new VersionMoveError(
      `questionnaire "${target.questionnaire.id}" is not a version of "${source.questionnaire.id}"`,
    );
  if (changes?.previousVersion !== source.questionnaire.version)
    throw new VersionMoveError(
      `version ${target.questionnaire.version} follows ${changes?.previousVersion ?? 'no version'}, not ${source.questionnaire.version}`,
    );
  const renamed = new Map(changes.renamed.map((r) => [r.from, r.to]));
  const replaced = new Map((changes.replaced ?? []).map((r) => [r.from, r.by]));
  const removed = new Set(changes.removed);
  const move: VersionMove = {
    from: { id: source.questionnaire.id, version: source.questionnaire.version },
    to: { id: target.questionnaire.id, version: target.questionnaire.version },
    carried: [],
    renamed: [],
    reworded: [],
    setAside: [],
    fresh: [],
  };
  for (const record of records) {
    const by = replaced.get(record.questionId);
    if (by) {
      move.setAside.push({ record, reason: { kind: 'replaced', by } });
      continue;
    }
    const id = renamed.get(record.questionId) ?? record.questionId;
    const entry = target.index.byId.get(id);
    if (removed.has(record.questionId) || !entry) {
      move.setAside.push({ record, reason: { kind: 'removed' } });
      continue;
    }
    const moved = { ...record, questionId: id };
    const problem =
      answerProblem(moved, owner, target.index) ??
      (record.special === 'notApplicable' && !entry.question.allowNotApplicable
        ? { message: 'is "not applicable", which this question no longer allows' }
        : record.special === 'dontKnow' && !entry.question.allowDontKnow
          ? { message: `is "don't know", which this question no longer allows` }
          : undefined);
    if (problem) {
      move.setAside.push({ record, reason: { kind: 'invalid', message: problem.message } });
      continue;
    }
    move.carried.push(moved);
    if (id !== record.questionId) move.renamed.push({ from: record.questionId, to: id });
    const before = source.index.byId.get(record.questionId)?.question;
    if (before && wording(before) !== wording(entry.question)) move.reworded.push(id);
  }
  const earlier = new Set([...source.index.byId.keys()].map((id) => renamed.get(id) ?? id));
  move.fresh = target.index.questions.map((e) => e.question.id).filter((id) => !earlier.has(id));
  return move;
}

/** What a person answering reads: title, levels and options (not guidance or references). */
function wording(question: object): string {
  const q = question as { title?: unknown; levels?: unknown; options?: unknown; columns?: unknown };
  return JSON.stringify([q.title, q.levels, q.options, q.columns]);
}

export interface MovedAssessment {
  assessment: Assessment;
  answers: AnswerRecord[];
  reviewLog: ReviewEntry[];
  plan: PlanEdits | null;
  /** The earlier assessment, kept, marked as moved. */
  kept: Assessment;
  move: VersionMove;
  /** Review decisions and plan edits about what the new version no longer has (they stay with the kept copy). */
  left: { decisions: number; planEdits: number };
}

/**
 * The review decisions that still apply on the new version (renamed ids followed), and how many do
 * not (they are about questions, scenarios or areas it no longer has). Ids are kept.
 */
export function carryReviewLog(
  log: readonly ReviewEntry[],
  move: Pick<VersionMove, 'renamed'>,
  target: { questionnaire: Pick<Questionnaire, 'areas'>; index: QuestionnaireIndex },
): { kept: ReviewEntry[]; left: number } {
  const rename = new Map(move.renamed.map((r) => [r.from, r.to]));
  const to = (id: string) => rename.get(id) ?? id;
  const has = (id: string) => target.index.byId.has(to(id));
  const areas = new Set(target.questionnaire.areas.map((a) => a.id));
  let left = 0;
  const kept = log.flatMap((e): ReviewEntry[] => {
    const applies =
      ('indicatorId' in e ? has(e.indicatorId) : true) &&
      (e.kind !== 'scenarioRating' || has(e.scenarioId)) &&
      (e.kind !== 'areaTarget' || areas.has(e.areaId)) &&
      (e.kind !== 'scenarioLinks' || (e.to ?? []).every(has));
    if (!applies) {
      left++;
      return [];
    }
    const moved = { ...e };
    if ('indicatorId' in moved) moved.indicatorId = to(moved.indicatorId);
    if (moved.kind === 'scenarioRating') moved.scenarioId = to(moved.scenarioId);
    if (moved.kind === 'scenarioLinks') moved.to = moved.to?.map(to) ?? null;
    return [moved];
  });
  return { kept, left };
}

/**
 * The assessment on the next version: a new assessment (the earlier one is kept, marked as moved)
 * with the carried answers, the review decisions and plan edits about what still exists (renamed
 * ids followed), and the set-aside answers kept with it. Pure: ids and time are arguments.
 */
export function moveAssessment(
  input: {
    assessment: Assessment;
    answers: readonly AnswerRecord[];
    reviewLog: readonly ReviewEntry[];
    plan: PlanEdits | null;
  },
  source: { questionnaire: Pick<Questionnaire, 'id' | 'version'>; index: QuestionnaireIndex },
  target: { questionnaire: Questionnaire; index: QuestionnaireIndex },
  newId: string,
  now: number,
): MovedAssessment {
  const { assessment } = input;
  // The new assessment is this device's own: no ids from other devices, not moved on yet.
  const { aliases: _aliases, movedTo: _movedTo, movedFrom: _movedFrom, ...carriedProfile } = assessment;
  const move = planVersionMove(source, target, input.answers, assessment);
  const rename = new Map(move.renamed.map((r) => [r.from, r.to]));
  const to = (id: string) => rename.get(id) ?? id;
  const has = (id: string) => target.index.byId.has(to(id));
  const areas = new Set(target.questionnaire.areas.map((a) => a.id));
  const actions = new Set(target.questionnaire.actions.map((a) => a.id));
  const carriedLog = carryReviewLog(input.reviewLog, move, target);
  const droppedDecisions = carriedLog.left;
  const reviewLog = carriedLog.kept.map((e) => ({ ...e, id: `${newId}:${e.id}`, assessmentId: newId }));
  let droppedEdits = 0;
  const plan = input.plan && {
    ...input.plan,
    assessmentId: newId,
    accepted: input.plan.accepted.filter((id) => actions.has(id) || (droppedEdits++, false)),
    edits: Object.fromEntries(
      Object.entries(input.plan.edits).filter(
        ([id]) => actions.has(id) || input.plan!.custom.some((c) => c.id === id) || (droppedEdits++, false),
      ),
    ),
    custom: input.plan.custom
      .filter((c) => areas.has(c.areaId) || (droppedEdits++, false))
      .map((c) =>
        c.indicatorId && !has(c.indicatorId)
          ? { ...c, indicatorId: undefined }
          : c.indicatorId
            ? { ...c, indicatorId: to(c.indicatorId) }
            : c,
      ),
    order: Object.fromEntries(Object.entries(input.plan.order).filter(([areaId]) => areas.has(areaId))),
    updatedAt: now,
  };
  return {
    assessment: {
      ...carriedProfile,
      id: newId,
      questionnaire: { id: target.questionnaire.id, version: target.questionnaire.version },
      createdAt: now,
      updatedAt: now,
      example: false,
      // A re-assessment's carried answers stay marked under their ids in the new version.
      ...(assessment.reassessmentOf && {
        reassessmentOf: {
          ...assessment.reassessmentOf,
          carried: assessment.reassessmentOf.carried.filter(has).map(to),
        },
      }),
      movedFrom: {
        assessmentId: assessment.id,
        version: source.questionnaire.version,
        at: now,
        fresh: move.fresh,
        setAside: move.setAside.map(({ record, reason }) => ({
          questionId: record.questionId,
          ...(record.value !== undefined ? { value: record.value } : {}),
          ...(record.special ? { special: record.special } : {}),
          ...(record.comment !== undefined ? { comment: record.comment } : {}),
          ...(record.evidence !== undefined ? { evidence: record.evidence } : {}),
          author: record.author,
          updatedAt: record.updatedAt,
          reason: reason.kind === 'invalid' ? reason.message : reason.kind,
          ...(reason.kind === 'replaced' ? { by: reason.by } : {}),
        })),
      },
    },
    answers: move.carried.map((r) => ({ ...r, assessmentId: newId })),
    reviewLog,
    plan,
    kept: {
      ...assessment,
      movedTo: { assessmentId: newId, version: target.questionnaire.version, at: now },
      updatedAt: Math.max(assessment.updatedAt, now),
    },
    move,
    left: { decisions: droppedDecisions, planEdits: droppedEdits },
  };
}

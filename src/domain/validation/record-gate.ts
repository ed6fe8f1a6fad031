import type { AnswerRecord } from '../assessment/answer';
import { answerValueSchema } from '../assessment/answer-value';
import type { Assessment } from '../assessment/assessment';
import { LIMITS } from '../limits';
import { own } from '../own';
import { zodIssuesToLoadIssues } from '../zod-issues';
import { formatPath, type LoadIssue } from '../load-result';
import type { PlanEdits } from '../plan/plan-edits';
import { MAX_OBJECTIVES, OBJECTIVE_FAMILIES } from '../plan/objective-families';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Questionnaire } from '../questionnaire/schema';
import type { ReviewEntry } from '../scoring/review';

/** The records of one assessment, as a file or storage holds them. */
export interface AssessmentRecords {
  assessment: Assessment;
  answers: readonly AnswerRecord[];
  reviewLog: readonly ReviewEntry[];
  plan: PlanEdits | null;
}

/** Where the records stand in what is being read, e.g. `$` for a file or `$.assessments[2]` in a backup. */
export type RecordPaths = {
  answer: (i: number) => (string | number)[];
  review: (i: number) => (string | number)[];
  plan: (string | number)[];
};

export const FILE_PATHS: RecordPaths = {
  answer: (i) => ['answers', i],
  review: (i) => ['reviewLog', i],
  plan: ['plan'],
};

/** The same paths under a prefix (an assessment inside a backup). */
export function pathsUnder(prefix: (string | number)[]): RecordPaths {
  return {
    answer: (i) => [...prefix, 'answers', i],
    review: (i) => [...prefix, 'reviewLog', i],
    plan: [...prefix, 'plan'],
  };
}

/** The assessment an answer must belong to, and the agencies its answers may name. */
export interface AnswerOwner {
  id: string;
  roster: readonly { id: string }[];
}

const error = (path: (string | number)[], message: string): LoadIssue => ({
  severity: 'error',
  path: formatPath(path),
  message,
});

/**
 * Why one answer cannot be taken, if it cannot: it belongs to another assessment, names no question
 * of the questionnaire, or holds a value its question's kind cannot have (an object for a list, a
 * number beyond any number, "don't know" with a value beside it). What the file's own rules
 * (ranges, required) say is for the person filling in, not a reason to refuse.
 */
export function answerProblem(
  record: AnswerRecord,
  owner: AnswerOwner,
  index: QuestionnaireIndex,
): { field: string; message: string } | undefined {
  const assessmentId = owner.id;
  if (record.assessmentId !== assessmentId)
    return {
      field: 'assessmentId',
      message: `belongs to assessment "${record.assessmentId}", not "${assessmentId}"`,
    };
  const entry = index.byId.get(record.questionId);
  if (!entry)
    return { field: 'questionId', message: `no question "${record.questionId}" in this questionnaire` };
  if (record.value === undefined) return undefined;
  if (record.special !== undefined)
    return { field: 'value', message: `a value beside "${record.special}", which stands for no value` };
  const question = entry.question;
  const parsed = answerValueSchema(question).safeParse(record.value, { reportInput: true });
  if (!parsed.success) {
    const [detail] = zodIssuesToLoadIssues(parsed.error.issues);
    const where = detail && detail.path !== '$' ? ` (${detail.path.slice(1)})` : '';
    return {
      field: 'value',
      message: `is not a value of a ${question.kind} question${where}${detail ? `: it ${detail.message}` : ''}`,
    };
  }
  // Agencies are named by their id on this assessment's roster.
  const roster = new Set(owner.roster.map((a) => a.id));
  const named: unknown[] =
    question.kind === 'agency'
      ? [record.value].flat()
      : question.kind === 'table'
        ? (record.value as { cells: Record<string, unknown> }[]).flatMap((row) =>
            question.columns.filter((c) => c.kind === 'agency').map((c) => own(row.cells, c.id)),
          )
        : [];
  const stranger = named.find((id): id is string => typeof id === 'string' && !roster.has(id));
  if (stranger !== undefined)
    return {
      field: 'value',
      message: `names agency "${stranger}", which is not on the National Team roster`,
    };
  return undefined;
}

/**
 * The one gate of an assessment's records, whatever way they come in: a file to import or merge, a
 * backup to restore, the command line, reads from storage. Every record must belong to the
 * assessment, name what exists in the questionnaire, and hold values its kind can have; answers and
 * review decisions appear once each. Returns the problems found (none: the records may be used).
 */
export function gateRecords(
  records: AssessmentRecords,
  questionnaire: Questionnaire,
  index: QuestionnaireIndex,
  paths: RecordPaths = FILE_PATHS,
): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const { assessment } = records;
  const push = (issue: LoadIssue) => {
    if (issues.length < LIMITS.issues.kept) issues.push(issue);
  };
  if (records.answers.length > index.questions.length)
    push(
      error(
        paths.answer(index.questions.length),
        `${records.answers.length} answers for a questionnaire of ${index.questions.length} questions`,
      ),
    );
  const answered = new Set<string>();
  records.answers.forEach((answer, i) => {
    if (issues.length >= LIMITS.issues.kept) return;
    if (answered.has(answer.questionId))
      push(error([...paths.answer(i), 'questionId'], `a second answer to "${answer.questionId}"`));
    answered.add(answer.questionId);
    const problem = answerProblem(answer, assessment, index);
    if (problem) push(error([...paths.answer(i), problem.field], problem.message));
  });

  if (records.reviewLog.length > LIMITS.answers.reviewEntries)
    push(error(paths.review(0), `more than ${LIMITS.answers.reviewEntries} review decisions`));
  const decisions = new Set<string>();
  records.reviewLog.forEach((entry, i) => {
    if (entry.assessmentId !== assessment.id)
      push(
        error(
          [...paths.review(i), 'assessmentId'],
          `belongs to assessment "${entry.assessmentId}", not "${assessment.id}"`,
        ),
      );
    if (decisions.has(entry.id))
      push(error([...paths.review(i), 'id'], `a second decision with id "${entry.id}"`));
    decisions.add(entry.id);
    if ('indicatorId' in entry && !index.byId.get(entry.indicatorId)?.question.scoring)
      push(
        error(
          [...paths.review(i), 'indicatorId'],
          `no scored indicator "${entry.indicatorId}" in this questionnaire`,
        ),
      );
    const scenario = (id: string, at: (string | number)[]) => {
      if (index.byId.get(id)?.question.kind !== 'risk')
        push(error([...paths.review(i), ...at], `no risk scenario "${id}" in this questionnaire`));
    };
    if (entry.kind === 'scenarioRating') scenario(entry.scenarioId, ['scenarioId']);
    if (entry.kind === 'scenarioLinks') entry.to?.forEach((id, k) => scenario(id, ['to', k]));
    if (entry.kind === 'areaTarget' && !questionnaire.areas.some((a) => a.id === entry.areaId))
      push(error([...paths.review(i), 'areaId'], `no area "${entry.areaId}" in this questionnaire`));
  });

  if (records.plan) issues.push(...gatePlan(records.plan, assessment, questionnaire, index, paths.plan));
  return issues;
}

/** The plan edits: of this assessment, about actions and areas that exist, with agencies of its roster. */
function gatePlan(
  plan: PlanEdits,
  assessment: Assessment,
  questionnaire: Questionnaire,
  index: QuestionnaireIndex,
  at: (string | number)[],
): LoadIssue[] {
  const issues: LoadIssue[] = [];
  if (plan.assessmentId !== assessment.id)
    issues.push(
      error([...at, 'assessmentId'], `belongs to assessment "${plan.assessmentId}", not "${assessment.id}"`),
    );
  const agencies = new Set(assessment.roster.map((a) => a.id));
  const areas = new Set(questionnaire.areas.map((a) => a.id));
  const library = new Set(questionnaire.actions.map((a) => a.id));
  const custom = new Set(plan.custom.map((c) => c.id));
  const checkAgencies = (ids: (string | null | undefined)[], path: (string | number)[]) => {
    for (const id of ids)
      if (id && !agencies.has(id)) issues.push(error(path, `no agency "${id}" on the National Team roster`));
  };
  if (plan.custom.length > LIMITS.answers.customActions)
    issues.push(
      error([...at, 'custom'], `more than ${LIMITS.answers.customActions} actions of the user's own`),
    );
  plan.custom.forEach((c, i) => {
    const path = [...at, 'custom', i];
    if (library.has(c.id)) issues.push(error([...path, 'id'], `"${c.id}" is the id of a library action`));
    if (!areas.has(c.areaId))
      issues.push(error([...path, 'areaId'], `no area "${c.areaId}" in this questionnaire`));
    if (c.indicatorId && !index.byId.get(c.indicatorId)?.question.scoring)
      issues.push(
        error([...path, 'indicatorId'], `no scored indicator "${c.indicatorId}" in this questionnaire`),
      );
    checkAgencies([c.leadAgencyId, ...c.supportAgencyIds], path);
  });
  for (const [id, edit] of Object.entries(plan.edits)) {
    const path = [...at, 'edits', id];
    if (!library.has(id) && !custom.has(id)) issues.push(error(path, `no action "${id}" in this plan`));
    checkAgencies([edit.leadAgencyId, ...(edit.supportAgencyIds ?? [])], path);
  }
  for (const [areaId, ids] of Object.entries(plan.order)) {
    if (!areas.has(areaId))
      issues.push(error([...at, 'order', areaId], `no area "${areaId}" in this questionnaire`));
    ids.forEach((id, i) => {
      if (!library.has(id) && !custom.has(id))
        issues.push(error([...at, 'order', areaId, i], `no action "${id}" in this plan`));
    });
  }
  plan.accepted.forEach((id, i) => {
    if (!library.has(id)) issues.push(error([...at, 'accepted', i], `no library action "${id}"`));
  });
  const objectives = new Set<string>([...OBJECTIVE_FAMILIES, ...Object.keys(plan.objectives)]);
  for (const [id, edit] of Object.entries(plan.objectives)) {
    if (!edit.added && !(OBJECTIVE_FAMILIES as readonly string[]).includes(id))
      issues.push(error([...at, 'objectives', id], `no objective "${id}" (add it with "added": true)`));
    if (edit.mergedInto && !objectives.has(edit.mergedInto))
      issues.push(error([...at, 'objectives', id, 'mergedInto'], `no objective "${edit.mergedInto}"`));
  }
  if (Object.keys(plan.objectives).filter((id) => plan.objectives[id]?.added).length > MAX_OBJECTIVES)
    issues.push(error([...at, 'objectives'], `more than ${MAX_OBJECTIVES} objectives`));
  for (const [indicatorId, objectiveId] of Object.entries(plan.assign)) {
    if (!index.byId.get(indicatorId)?.question.scoring)
      issues.push(
        error([...at, 'assign', indicatorId], `no scored indicator "${indicatorId}" in this questionnaire`),
      );
    if (!objectives.has(objectiveId))
      issues.push(error([...at, 'assign', indicatorId], `no objective "${objectiveId}"`));
  }
  for (const [key, row] of Object.entries(plan.results)) {
    const [kind, id] = [key.slice(0, 2), key.slice(2)];
    if (!((kind === 'o:' && objectives.has(id)) || (kind === 'a:' && (library.has(id) || custom.has(id)))))
      issues.push(error([...at, 'results', key], `no objective or action "${key}" in this plan`));
    checkAgencies([row.responsibleId], [...at, 'results', key]);
  }
  plan.risks?.forEach((r, i) => checkAgencies([r.ownerId], [...at, 'risks', i]));
  return issues;
}

/**
 * Stored answers as the screens may use them: those that pass the gate, and those set aside with
 * the reason (stored by an older app, or changed outside it), which are shown, never passed on.
 */
export function usableAnswers<T extends AnswerRecord>(
  records: readonly T[],
  owner: AnswerOwner,
  index: QuestionnaireIndex,
): { usable: T[]; setAside: { record: T; reason: string }[] } {
  const usable: T[] = [];
  const setAside: { record: T; reason: string }[] = [];
  for (const record of records) {
    const problem = answerProblem(record, owner, index);
    if (problem) setAside.push({ record, reason: `${problem.field} ${problem.message}` });
    else usable.push(record);
  }
  return { usable, setAside };
}

import { isBlank, type AnswerRecord } from '../assessment/answer';
import type { Agency } from '../assessment/assessment';
import type { Visibility } from '../conditions/visibility';
import type { AdoptedPlan } from '../monitoring/adopted-plan';
import { mergeMonitoring, type MonitoringConflict } from '../monitoring/merge-monitoring';
import type { MonitoringUpdate } from '../monitoring/monitoring';
import { mergeReviewLogs, type ReviewEntry } from '../scoring/review';

export interface AnswerConflict {
  questionId: string;
  local: AnswerRecord;
  incoming: AnswerRecord;
  /** The side preselected for the user: the newer one. */
  suggested: 'local' | 'incoming';
  /** The question is hidden by the merged answers (the answer is kept but not used). */
  hidden: boolean;
}

export interface MergePlan {
  /** Incoming answers to questions this device has no answer to. */
  added: AnswerRecord[];
  /** Answers equal on both sides. */
  unchanged: number;
  /** Answers of the file that differ here but were declined in an earlier merge: not asked again. */
  declinedBefore: number;
  conflicts: AnswerConflict[];
  reviewLog: ReviewEntry[];
  newReviewEntries: number;
  /** Agencies of the file not yet on this device's roster (answers may name them). */
  newAgencies: Agency[];
  /** The plan cycle: adopted versions and updates new here, and updates that disagree (to choose between). */
  monitoring: { adopted: AdoptedPlan[]; added: MonitoringUpdate[]; conflicts: MonitoringConflict[] };
}

interface MergeSide {
  answers: AnswerRecord[];
  reviewLog: ReviewEntry[];
  roster: Agency[];
  monitoring?: { adopted: AdoptedPlan[]; updates: MonitoringUpdate[] };
}

const content = (r: AnswerRecord) =>
  JSON.stringify([r.value ?? null, r.special ?? null, r.comment?.trim() || null, r.evidence?.trim() || null]);

/** One version of one answer, as a merge remembers declining it: the same record in a later file is recognised. */
export function answerSignature(r: AnswerRecord): string {
  return JSON.stringify([r.questionId, r.updatedAt, r.author, content(r)]);
}

/**
 * What merging a file into an assessment would do. Nothing is decided silently: every answer that
 * differs on the two sides is a conflict for the user, with the newer side preselected; a cleared
 * answer against a filled one is a conflict too.
 */
export function planMerge(
  local: MergeSide,
  incoming: MergeSide,
  visibilityAfter: (merged: Map<string, AnswerRecord>) => Visibility,
  /** Signatures of incoming answers declined in earlier merges into this assessment. */
  declined: ReadonlySet<string> = new Set(),
): MergePlan {
  const mine = new Map(local.answers.map((a) => [a.questionId, a]));
  const added: AnswerRecord[] = [];
  const conflicts: Omit<AnswerConflict, 'hidden'>[] = [];
  let unchanged = 0;
  let declinedBefore = 0;
  for (const theirs of incoming.answers) {
    const ours = mine.get(theirs.questionId);
    if (!ours) {
      if (!isBlank(theirs)) added.push(theirs);
      continue;
    }
    if (content(ours) === content(theirs)) {
      unchanged++;
      continue;
    }
    if (declined.has(answerSignature(theirs))) {
      declinedBefore++;
      continue;
    }
    conflicts.push({
      questionId: theirs.questionId,
      local: ours,
      incoming: theirs,
      suggested: theirs.updatedAt > ours.updatedAt ? 'incoming' : 'local',
    });
  }
  const merged = new Map(mine);
  for (const a of added) merged.set(a.questionId, a);
  for (const c of conflicts) merged.set(c.questionId, c.suggested === 'incoming' ? c.incoming : c.local);
  const visibility = visibilityAfter(merged);
  const known = new Set(local.reviewLog.map((e) => e.id));
  const rosterIds = new Set(local.roster.map((a) => a.id));
  return {
    added,
    unchanged,
    declinedBefore,
    conflicts: conflicts.map((c) => ({ ...c, hidden: !visibility.questions.has(c.questionId) })),
    reviewLog: mergeReviewLogs(local.reviewLog, incoming.reviewLog),
    newReviewEntries: incoming.reviewLog.filter((e) => !known.has(e.id)).length,
    newAgencies: incoming.roster.filter((a) => !rosterIds.has(a.id)),
    monitoring: {
      // An adopted version is frozen: one this device has is the same, so only new ones are taken.
      adopted: (incoming.monitoring?.adopted ?? []).filter(
        (p) => !(local.monitoring?.adopted ?? []).some((l) => l.version === p.version),
      ),
      ...mergeMonitoring(local.monitoring?.updates ?? [], incoming.monitoring?.updates ?? []),
    },
  };
}

/**
 * The answers to write once the user has chosen a side for each conflict. A chosen incoming answer
 * becomes the newest record (author kept), so no device or open tab takes the replaced one for newer.
 */
export function resolveMerge(
  plan: MergePlan,
  choices: ReadonlyMap<string, 'local' | 'incoming'>,
): AnswerRecord[] {
  const chosen = plan.conflicts
    .filter((c) => (choices.get(c.questionId) ?? c.suggested) === 'incoming')
    .map((c) => ({ ...c.incoming, updatedAt: Math.max(c.incoming.updatedAt, c.local.updatedAt + 1) }));
  return [...plan.added, ...chosen];
}

/** The file's answers the user kept this device's answer over: remembered, so a re-import does not ask again. */
export function declinedAnswers(
  plan: MergePlan,
  choices: ReadonlyMap<string, 'local' | 'incoming'>,
): AnswerRecord[] {
  return plan.conflicts
    .filter((c) => (choices.get(c.questionId) ?? c.suggested) === 'local')
    .map((c) => c.incoming);
}

import { buildAssessmentFile, type AssessmentFile } from '../domain/exchange/assessment-file';
import { BACKUP_FILE_TYPE, BACKUP_FILE_VERSION, type BackupFile } from '../domain/exchange/backup-file';
import { checkAssessmentFile } from '../domain/exchange/check-file';
import { planMerge, type MergePlan } from '../domain/exchange/merge';
import { restoreImpact, type RestoreImpact } from '../domain/exchange/restore-impact';
import { computeVisibility } from '../domain/conditions/visibility';
import type { AnswerRecord } from '../domain/assessment/answer';
import type { Assessment } from '../domain/assessment/assessment';
import type { LoadIssue } from '../domain/load-result';
import { capIssues, LIMITS, megabytes } from '../domain/limits';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { indexQuestionnaire } from '../domain/questionnaire/questionnaire-index';
import { pathsUnder } from '../domain/validation/record-gate';
import { carryReviewLog, planVersionMove } from '../domain/assessment/version-move';
import { fileChecks } from './file-checks';
import type { Store } from '../storage/store';
import { APP_VERSION } from './app-version';
import { questionnaireHash } from './content-hash';
import { encryptText } from './encrypted-file';
import {
  availableQuestionnaires,
  findQuestionnaire,
  type AvailableQuestionnaire,
} from './questionnaire-registry';
import { usableAnswers } from '../domain/validation/record-gate';

/** An assessment as a file: whole, or only the given areas' answers (what one agency answered). */
export async function exportAssessment(
  store: Store,
  assessmentId: string,
  options: { areaIds?: string[]; passphrase?: string; now: number },
): Promise<string> {
  const assessment = await store.assessments.get(assessmentId);
  if (!assessment) throw new Error(`assessment ${assessmentId} not found`);
  const available = await findQuestionnaire(store, assessment.questionnaire);
  if (!available)
    throw new Error(
      `questionnaire ${assessment.questionnaire.id} ${assessment.questionnaire.version} not found`,
    );
  const gathered = await store.exchange.gather(assessmentId);
  // A file carries only answers that pass the gate: the others are not this questionnaire's.
  const parts = { ...gathered, answers: usableAnswers(gathered.answers, assessment, available.index).usable };
  const areas = options.areaIds?.length
    ? {
        ids: options.areaIds,
        questionIds: new Set(
          available.index.questions
            .filter((e) => options.areaIds!.includes(e.area.id))
            .map((e) => e.question.id),
        ),
      }
    : undefined;
  const file = buildAssessmentFile({
    assessment,
    ...parts,
    contentHash: await questionnaireHash(available.questionnaire),
    appVersion: APP_VERSION,
    now: options.now,
    areas,
  });
  const text = JSON.stringify(file, null, 1);
  return options.passphrase ? encryptText(text, options.passphrase) : text;
}

export type Resolution =
  | { ok: true; available: AvailableQuestionnaire }
  | { ok: false; reason: 'unknownQuestionnaire'; id: string; version: string }
  | { ok: false; reason: 'otherContent'; id: string; version: string }
  | { ok: false; reason: 'invalid'; issues: LoadIssue[] };

/** Finds the questionnaire a file was answered on, and passes every record through the gate. */
export async function resolveQuestionnaire(store: Store, file: AssessmentFile): Promise<Resolution> {
  const { id, version, contentHash } = file.questionnaire;
  const available = await findQuestionnaire(store, { id, version });
  if (!available) return { ok: false, reason: 'unknownQuestionnaire', id, version };
  if ((await questionnaireHash(available.questionnaire)) !== contentHash)
    return { ok: false, reason: 'otherContent', id, version };
  const issues = checkAssessmentFile(file, available.questionnaire, available.index);
  return issues.length ? { ok: false, reason: 'invalid', issues } : { ok: true, available };
}

/** Everything on the device in one file; refused when it would be larger than a backup the app can read back. */
export async function createBackup(
  store: Store,
  options: { passphrase?: string; now: number },
): Promise<string> {
  const { assessmentIds, questionnaires } = await store.exchange.everything();
  const assessments = await Promise.all(
    assessmentIds.map(
      async (id) => JSON.parse(await exportAssessment(store, id, { now: options.now })) as AssessmentFile,
    ),
  );
  const backup: BackupFile = {
    type: BACKUP_FILE_TYPE,
    formatVersion: BACKUP_FILE_VERSION,
    appVersion: APP_VERSION,
    createdAt: options.now,
    assessments,
    questionnaires,
  };
  const text = JSON.stringify(backup);
  const size = new TextEncoder().encode(text).length;
  if (size > LIMITS.fileBytes.backup)
    throw new Error(
      `a backup of everything on this device would be ${megabytes(size)}, more than the ${megabytes(LIMITS.fileBytes.backup)} a backup can hold; export the assessments one by one instead`,
    );
  return options.passphrase ? encryptText(text, options.passphrase) : text;
}

/** What restoring this backup would replace on the device (read only). */
export async function restorePreview(store: Store, backup: BackupFile): Promise<RestoreImpact[]> {
  const { assessments } = await store.assessments.list();
  const local = await Promise.all(
    assessments.map(async (assessment) => ({
      assessment,
      answers: await store.answers.list(assessment.id),
    })),
  );
  return restoreImpact(local, backup);
}

/**
 * Checks a whole backup before anything is replaced: every questionnaire it carries loads (in the file
 * checks' worker), every assessment passes the same gate as an imported file against the questionnaire
 * it names, with the content it was answered on, and no two records would take the same place.
 */
export async function checkBackup(
  store: Store,
  backup: BackupFile,
): Promise<{ ok: true; refs: { id: string; version: string }[] } | { ok: false; issues: LoadIssue[] }> {
  const issues: LoadIssue[] = [];
  const refs: { id: string; version: string }[] = [];
  const checks = await fileChecks();
  const carried: Questionnaire[] = [];
  for (const [i, q] of backup.questionnaires.entries()) {
    const result = await checks.checkQuestionnaireText(q.text);
    if (result.status === 'failure') {
      issues.push(
        ...result.issues.map((x) => ({ ...x, path: `$.questionnaires[${i}].text${x.path.slice(1)}` })),
      );
      continue;
    }
    const { id, version } = result.value;
    if (refs.some((r) => r.id === id && r.version === version))
      issues.push({
        severity: 'error',
        path: `$.questionnaires[${i}]`,
        message: `a second copy of questionnaire ${id} ${version}`,
      });
    refs.push({ id, version });
    carried.push(result.value);
  }
  const bundled = (await availableQuestionnaires(store)).filter((q) => q.source === 'bundled');
  const questionnaires = [...bundled.map((b) => b.questionnaire), ...carried];
  const decisions = new Map<string, number>();
  for (const [i, file] of backup.assessments.entries()) {
    const ref = file.questionnaire;
    const at = `$.assessments[${i}]`;
    if (file.assessment.questionnaire.id !== ref.id || file.assessment.questionnaire.version !== ref.version)
      issues.push({
        severity: 'error',
        path: `${at}.assessment.questionnaire`,
        message: 'does not match "questionnaire"',
      });
    const q = questionnaires.find((x) => x.id === ref.id && x.version === ref.version);
    if (!q) {
      issues.push({
        severity: 'error',
        path: `${at}.questionnaire`,
        message: `needs questionnaire ${ref.id} ${ref.version}, which neither the backup nor this app has`,
      });
      continue;
    }
    if ((await questionnaireHash(q)) !== ref.contentHash)
      issues.push({
        severity: 'error',
        path: `${at}.questionnaire.contentHash`,
        message: `the answers were given on other content of questionnaire ${ref.id} ${ref.version} than the one here`,
      });
    issues.push(...checkAssessmentFile(file, q, indexQuestionnaire(q), pathsUnder(['assessments', i])));
    // Review decisions are stored by their id across assessments: two of one id would collide.
    file.reviewLog.forEach((e, j) => {
      const first = decisions.get(e.id);
      if (first !== undefined && first !== i)
        issues.push({
          severity: 'error',
          path: `${at}.reviewLog[${j}].id`,
          message: `decision "${e.id}" is also in assessment ${first + 1} of the backup`,
        });
      decisions.set(e.id, i);
    });
    if (issues.length > LIMITS.issues.kept) break;
  }
  return issues.length ? { ok: false, issues: capIssues(issues) } : { ok: true, refs };
}

export type PreparedImport =
  | { kind: 'assessment'; file: AssessmentFile; available: AvailableQuestionnaire }
  | { kind: 'backup'; backup: BackupFile; refs: { id: string; version: string }[] }
  | { kind: 'needsPassphrase'; wrong?: boolean }
  | { kind: 'needsQuestionnaire'; id: string; version: string }
  | { kind: 'otherQuestionnaireContent'; id: string; version: string }
  | { kind: 'failure'; issues: LoadIssue[] };

/** Everything an import checks before it may change anything; reads only. */
export async function prepareImport(
  store: Store,
  input: string | Blob,
  options: { passphrase?: string } = {},
): Promise<PreparedImport> {
  const read = await (await fileChecks()).readExchangeFile(input, options.passphrase);
  if (read.kind === 'needsPassphrase' || read.kind === 'failure') return read;
  if (read.kind === 'backup') {
    const checked = await checkBackup(store, read.backup);
    return checked.ok
      ? { kind: 'backup', backup: read.backup, refs: checked.refs }
      : { kind: 'failure', issues: checked.issues };
  }
  const resolution = await resolveQuestionnaire(store, read.file);
  if (resolution.ok) return { kind: 'assessment', file: read.file, available: resolution.available };
  if (resolution.reason === 'invalid') return { kind: 'failure', issues: resolution.issues };
  return {
    kind: resolution.reason === 'unknownQuestionnaire' ? 'needsQuestionnaire' : 'otherQuestionnaireContent',
    id: resolution.id,
    version: resolution.version,
  };
}

/** What merging the file into an assessment of this device would do (nothing is written). */
export async function planMergeInto(
  store: Store,
  targetId: string,
  file: AssessmentFile,
  available: AvailableQuestionnaire,
): Promise<MergePlan> {
  const target = await store.assessments.get(targetId);
  if (!target) throw new Error(`assessment ${targetId} not found`);
  const local = await store.exchange.gather(targetId);
  let incoming = {
    answers: file.answers.map((a) => ({ ...a, assessmentId: targetId })),
    reviewLog: file.reviewLog,
    roster: file.assessment.roster,
    monitoring: file.monitoring && {
      adopted: file.monitoring.adopted.map((p) => ({ ...p, assessmentId: targetId })),
      updates: file.monitoring.updates.map((u) => ({ ...u, assessmentId: targetId })),
    },
  };
  let index = available.index;
  // A file of the earlier version, merged into an assessment moved on: its answers move the same way.
  if (target.questionnaire.version !== file.questionnaire.version) {
    const next = await mergeQuestionnaire(store, target, available);
    const owner = { id: targetId, roster: [...target.roster, ...file.assessment.roster] };
    const move = planVersionMove(available, next, incoming.answers, owner);
    incoming = {
      ...incoming,
      answers: move.carried,
      reviewLog: carryReviewLog(file.reviewLog, move, next).kept,
    };
    index = next.index;
  }
  return planMerge(
    {
      answers: local.answers,
      reviewLog: local.reviewLog,
      roster: target.roster,
      monitoring: local.monitoring,
    },
    incoming,
    (merged) => computeVisibility(index, merged),
    await store.exchange.declined(targetId),
  );
}

/** The questionnaire a merge into this assessment works on: its own (the file's may be the version before). */
export async function mergeQuestionnaire(
  store: Store,
  target: Assessment,
  fileQuestionnaire: AvailableQuestionnaire,
): Promise<AvailableQuestionnaire> {
  const { id, version } = fileQuestionnaire.questionnaire;
  if (target.questionnaire.id === id && target.questionnaire.version === version) return fileQuestionnaire;
  const found = await findQuestionnaire(store, target.questionnaire);
  if (!found)
    throw new Error(
      `questionnaire ${target.questionnaire.id} ${target.questionnaire.version} is not on this device`,
    );
  return found;
}

/**
 * Imports a file as an assessment of its own. It keeps the file's id when that is free here, so a
 * later file of the same assessment finds it to merge into; otherwise it takes a new id and
 * remembers the file's as an alias.
 */
export async function importAsNew(store: Store, file: AssessmentFile, now: number): Promise<string> {
  const taken = await store.assessments.get(file.assessment.id);
  const id = taken ? globalThis.crypto.randomUUID() : file.assessment.id;
  await store.exchange.importAsNew(file, id, file.assessment.title, now);
  return id;
}

/** The assessments here a file may be merged into, the one it comes from (by id or alias) first. */
export function mergeCandidates(assessments: readonly Assessment[], file: AssessmentFile): Assessment[] {
  // The same version, or an assessment moved on from it (a file of the earlier version moves as it merges).
  const same = assessments.filter(
    (a) =>
      a.questionnaire.id === file.questionnaire.id &&
      (a.questionnaire.version === file.questionnaire.version ||
        a.movedFrom?.version === file.questionnaire.version),
  );
  const related = (a: Assessment) =>
    a.id === file.assessment.id ||
    a.movedFrom?.assessmentId === file.assessment.id ||
    (a.aliases ?? []).includes(file.assessment.id) ||
    (file.assessment.aliases ?? []).includes(a.id);
  return [...same.filter(related), ...same.filter((a) => !related(a))];
}

/**
 * A file of an assessment's answers when storage fails (the disk is full): what is stored, with the
 * page's newer answers over it; from the page alone when storage cannot even be read. It imports as
 * any assessment file, here or on another device.
 */
export async function rescueFile(
  store: Store,
  assessment: Assessment,
  available: AvailableQuestionnaire,
  inPage: AnswerRecord[],
  now: number,
): Promise<string> {
  let stored: Awaited<ReturnType<Store['exchange']['gather']>>;
  try {
    // Storage that has failed may not answer at all: the page's copy is enough after a moment.
    stored = await Promise.race([
      store.exchange.gather(assessment.id),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('storage does not answer')), 3000)),
    ]);
  } catch {
    stored = { answers: [], reviewLog: [], plan: null, monitoring: { adopted: [], updates: [] } };
  }
  const answers = new Map(stored.answers.map((a) => [a.questionId, a]));
  for (const a of inPage)
    if ((answers.get(a.questionId)?.updatedAt ?? -1) <= a.updatedAt) answers.set(a.questionId, a);
  const file = buildAssessmentFile({
    assessment,
    answers: usableAnswers([...answers.values()], assessment, available.index).usable,
    reviewLog: stored.reviewLog,
    plan: stored.plan,
    monitoring: stored.monitoring,
    contentHash: await questionnaireHash(available.questionnaire),
    appVersion: APP_VERSION,
    now,
  });
  return JSON.stringify(file, null, 1);
}

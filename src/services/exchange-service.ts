import { buildAssessmentFile, type AssessmentFile } from '../domain/exchange/assessment-file';
import { BACKUP_FILE_TYPE, BACKUP_FILE_VERSION, type BackupFile } from '../domain/exchange/backup-file';
import { checkFileAgainstQuestionnaire } from '../domain/exchange/check-file';
import { planMerge, type MergePlan } from '../domain/exchange/merge';
import { restoreImpact, type RestoreImpact } from '../domain/exchange/restore-impact';
import { computeVisibility } from '../domain/conditions/visibility';
import type { Assessment } from '../domain/assessment/assessment';
import type { LoadIssue } from '../domain/load-result';
import { loadQuestionnaire } from '../domain/questionnaire/load-questionnaire';
import type { Store } from '../storage/store';
import { APP_VERSION } from './app-version';
import { questionnaireHash } from './content-hash';
import { encryptText } from './encrypted-file';
import { readExchangeFile } from './read-exchange-file';
import {
  availableQuestionnaires,
  findQuestionnaire,
  type AvailableQuestionnaire,
} from './questionnaire-registry';

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
  const parts = await store.exchange.gather(assessmentId);
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

/** Finds the questionnaire a file was answered on, and checks every answer against it. */
export async function resolveQuestionnaire(
  store: Store,
  file: AssessmentFile,
  now: number,
): Promise<Resolution> {
  const { id, version, contentHash } = file.questionnaire;
  const available = await findQuestionnaire(store, { id, version });
  if (!available) return { ok: false, reason: 'unknownQuestionnaire', id, version };
  if ((await questionnaireHash(available.questionnaire)) !== contentHash)
    return { ok: false, reason: 'otherContent', id, version };
  const issues = checkFileAgainstQuestionnaire(file, available.index, now);
  return issues.length ? { ok: false, reason: 'invalid', issues } : { ok: true, available };
}

/** Everything on the device in one file. */
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

/** Checks a whole backup before anything is replaced: every questionnaire loads, every assessment fits its questionnaire. */
export async function checkBackup(
  store: Store,
  backup: BackupFile,
): Promise<{ ok: true; refs: { id: string; version: string }[] } | { ok: false; issues: LoadIssue[] }> {
  const issues: LoadIssue[] = [];
  const refs: { id: string; version: string }[] = [];
  const loaded = backup.questionnaires.map((q, i) => {
    const result = loadQuestionnaire(q.text);
    if (result.status === 'failure')
      issues.push(
        ...result.issues.map((x) => ({ ...x, path: `$.questionnaires[${i}].text${x.path.slice(1)}` })),
      );
    else refs.push({ id: result.value.id, version: result.value.version });
    return result.status === 'failure' ? undefined : result.value;
  });
  const bundled = (await availableQuestionnaires(store)).filter((q) => q.source === 'bundled');
  for (const [i, file] of backup.assessments.entries()) {
    const ref = file.questionnaire;
    const q = [...bundled.map((b) => b.questionnaire), ...loaded.filter((x) => x !== undefined)].find(
      (x) => x.id === ref.id && x.version === ref.version,
    );
    if (!q)
      issues.push({
        severity: 'error',
        path: `$.assessments[${i}].questionnaire`,
        message: `needs questionnaire ${ref.id} ${ref.version}, which neither the backup nor this app has`,
      });
  }
  return issues.length ? { ok: false, issues } : { ok: true, refs };
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
  text: string,
  options: { passphrase?: string; now: number },
): Promise<PreparedImport> {
  const read = await readExchangeFile(text, options.passphrase);
  if (read.kind === 'needsPassphrase' || read.kind === 'failure') return read;
  if (read.kind === 'backup') {
    const checked = await checkBackup(store, read.backup);
    return checked.ok
      ? { kind: 'backup', backup: read.backup, refs: checked.refs }
      : { kind: 'failure', issues: checked.issues };
  }
  const resolution = await resolveQuestionnaire(store, read.file, options.now);
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
  const incoming = {
    answers: file.answers.map((a) => ({ ...a, assessmentId: targetId })),
    reviewLog: file.reviewLog,
    roster: file.assessment.roster,
  };
  return planMerge(
    { answers: local.answers, reviewLog: local.reviewLog, roster: target.roster },
    incoming,
    (merged) => computeVisibility(available.index, merged),
    await store.exchange.declined(targetId),
  );
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
  const same = assessments.filter(
    (a) =>
      a.questionnaire.id === file.questionnaire.id && a.questionnaire.version === file.questionnaire.version,
  );
  const related = (a: Assessment) =>
    a.id === file.assessment.id ||
    (a.aliases ?? []).includes(file.assessment.id) ||
    (file.assessment.aliases ?? []).includes(a.id);
  return [...same.filter(related), ...same.filter((a) => !related(a))];
}

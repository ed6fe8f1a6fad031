import type { AnswerRecord } from '../domain/assessment/answer';
import type { AssessmentFile } from '../domain/exchange/assessment-file';
import type { BackupFile } from '../domain/exchange/backup-file';
import { answerSignature, type MergePlan } from '../domain/exchange/merge';
import type { MovedAssessment } from '../domain/assessment/version-move';
import type { PlanEdits } from '../domain/plan/plan-edits';
import type { ReviewEntry } from '../domain/scoring/review';
import { answersRepo } from './answers-repo';
import type { NapDatabase } from './db';
import { putAnswers } from './answers-repo';
import type { AdoptedPlan } from '../domain/monitoring/adopted-plan';
import type { MonitoringUpdate } from '../domain/monitoring/monitoring';
import { monitoringRepo, type MonitoringRecords } from './monitoring-repo';
import { plansRepo } from './plans-repo';
import { reviewRepo } from './review-repo';
import { restoreAssessment } from './restore';
import { guarded } from './storage-error';

/** The same decision, also when one copy got a device prefix ("<assessment>:<id>") on a second import. */
function sameEntry(a: string, b: string): boolean {
  return a === b || a.endsWith(`:${b}`) || b.endsWith(`:${a}`);
}

/** Moving work between devices. Each operation is one transaction: if any part fails, nothing changes. */
export function exchangeRepo(db: NapDatabase) {
  // A restore replaces questionnaires too, so the kept outcomes of their checks go with them.
  const tables = [
    db.assessments,
    db.answers,
    db.reviewLog,
    db.plans,
    db.questionnaires,
    db.questionnaireChecks,
    db.questionnaireParts,
    db.declinedAnswers,
    db.adoptedPlans,
    db.monitoring,
    db.answerHistory,
  ];
  /** Writes a file's plan cycle under an assessment's id. */
  const addMonitoring = async (assessmentId: string, records: MonitoringRecords | undefined) => {
    if (!records) return;
    await db.adoptedPlans.bulkAdd(records.adopted.map((p) => ({ ...p, assessmentId })));
    await db.monitoring.bulkAdd(records.updates.map((u) => ({ ...u, assessmentId })));
  };
  return {
    /** Everything an assessment file carries, read from the device. */
    async gather(assessmentId: string): Promise<{
      answers: AnswerRecord[];
      reviewLog: ReviewEntry[];
      plan: PlanEdits | null;
      monitoring: MonitoringRecords;
    }> {
      return {
        answers: await answersRepo(db).list(assessmentId),
        reviewLog: await reviewRepo(db).list(assessmentId),
        plan: (await plansRepo(db).get(assessmentId)) ?? null,
        monitoring: await monitoringRepo(db).list(assessmentId),
      };
    },

    /** Stores a file's assessment under a new id (so it never collides with one on this device). */
    importAsNew: (file: AssessmentFile, newId: string, title: string, now: number) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          const aliases = new Set(file.assessment.aliases ?? []);
          if (newId !== file.assessment.id) aliases.add(file.assessment.id);
          await db.assessments.add({
            ...file.assessment,
            id: newId,
            title,
            createdAt: now,
            updatedAt: now,
            example: false,
            ...(aliases.size > 0 ? { aliases: [...aliases] } : {}),
          });
          await db.answers.bulkAdd(file.answers.map((a) => ({ ...a, assessmentId: newId })));
          // Entry ids are unique decisions and travel unchanged, so a merge recognises them; only
          // the same file imported twice on this device needs other ids.
          const taken = new Set(
            (
              await db.reviewLog
                .where('id')
                .anyOf(file.reviewLog.map((e) => e.id))
                .primaryKeys()
            ).map(String),
          );
          await db.reviewLog.bulkAdd(
            file.reviewLog.map((e) => ({
              ...e,
              id: taken.has(e.id) ? `${newId}:${e.id}` : e.id,
              assessmentId: newId,
            })),
          );
          if (file.plan) await db.plans.add({ ...file.plan, assessmentId: newId });
          // Update ids are unique reports, like review entries: a second import of one file renames them.
          const takenUpdates = new Set(
            (
              await db.monitoring
                .where('id')
                .anyOf((file.monitoring?.updates ?? []).map((u) => u.id))
                .primaryKeys()
            ).map(String),
          );
          await addMonitoring(
            newId,
            file.monitoring && {
              adopted: file.monitoring.adopted,
              updates: file.monitoring.updates.map((u) => {
                const renamed = (id: string) => (takenUpdates.has(id) ? `${newId}:${id}` : id);
                return { ...u, id: renamed(u.id), ...(u.resolves && { resolves: u.resolves.map(renamed) }) };
              }),
            },
          );
        }),
      ),

    /**
     * Writes an assessment moved to a newer questionnaire version, in one transaction: the new
     * assessment with its answers, review decisions and plan, and the earlier one kept, marked moved.
     */
    moveToVersion: (moved: MovedAssessment) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          const current = restoreAssessment(await db.assessments.get(moved.kept.id));
          if (!current.ok) throw new Error(`assessment ${moved.kept.id} cannot be read`);
          if (current.value.movedTo) throw new Error(`assessment ${moved.kept.id} was moved already`);
          await db.assessments.add(moved.assessment);
          await db.answers.bulkAdd(moved.answers);
          await db.reviewLog.bulkAdd(moved.reviewLog);
          if (moved.plan) await db.plans.add(moved.plan);
          // The plan cycle goes along as it is: adopted versions are frozen with their own action ids,
          // and updates report on those. Update ids take the new assessment's prefix to stay unique.
          const cycle = await monitoringRepo(db).list(moved.kept.id);
          const renamed = (id: string) => `${moved.assessment.id}:${id}`;
          await addMonitoring(moved.assessment.id, {
            adopted: cycle.adopted,
            updates: cycle.updates.map((u) => ({
              ...u,
              id: renamed(u.id),
              ...(u.resolves && { resolves: u.resolves.map(renamed) }),
            })),
          });
          await db.assessments.put(moved.kept);
        }),
      ),

    /** Signatures of the file answers declined in earlier merges into this assessment. */
    async declined(assessmentId: string): Promise<Set<string>> {
      const rows = await db.declinedAnswers.where('assessmentId').equals(assessmentId).toArray();
      return new Set(rows.map((r) => r.signature));
    },

    /**
     * Writes a resolved merge: chosen answers, the merged review log, agencies new to the roster, and
     * the file answers declined (so the same file merged again does not ask again).
     */
    merge: (
      assessmentId: string,
      plan: MergePlan,
      answers: AnswerRecord[],
      now: number,
      declined: AnswerRecord[] = [],
      /** Adopted versions new here, and monitoring updates new here (with the choices settling conflicts). */
      monitoring: { adopted: AdoptedPlan[]; updates: MonitoringUpdate[] } = { adopted: [], updates: [] },
    ) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          const row = await db.assessments.get(assessmentId);
          const restored = restoreAssessment(row);
          if (!restored.ok) throw new Error(`assessment ${assessmentId} cannot be read`);
          const assessment = restored.value;
          await putAnswers(
            db,
            answers.map((a) => ({ ...a, assessmentId })),
          );
          await db.declinedAnswers.bulkPut(
            declined.map((a) => ({ assessmentId, signature: answerSignature(a) })),
          );
          const known = (await db.reviewLog.where('assessmentId').equals(assessmentId).primaryKeys()).map(
            String,
          );
          const fresh = plan.reviewLog.filter((e) => !known.some((k) => sameEntry(k, e.id)));
          await db.reviewLog.bulkAdd(fresh.map((e) => ({ ...e, assessmentId })));
          await addMonitoring(assessmentId, monitoring);
          await db.assessments.put({
            ...assessment,
            roster: [...assessment.roster, ...plan.newAgencies],
            updatedAt: Math.max(assessment.updatedAt, now),
          });
        }),
      ),

    /** Everything on the device, for a backup. */
    async everything(): Promise<{ assessmentIds: string[]; questionnaires: BackupFile['questionnaires'] }> {
      const assessmentIds = (await db.assessments.toCollection().primaryKeys()).map(String);
      const questionnaires = (await db.questionnaires.toArray()).map((q) => ({
        fileName: q.fileName,
        importedAt: q.importedAt,
        text: q.text,
      }));
      return { assessmentIds, questionnaires };
    },

    /** Replaces everything on the device with a backup, in one transaction. */
    restore: (backup: BackupFile, questionnaireIds: { id: string; version: string }[]) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          for (const table of tables) await table.clear();
          for (const [i, q] of backup.questionnaires.entries()) {
            const ref = questionnaireIds[i]!;
            await db.questionnaires.add({
              id: ref.id,
              version: ref.version,
              text: q.text,
              importedAt: q.importedAt,
              fileName: q.fileName,
            });
          }
          for (const file of backup.assessments) {
            await db.assessments.add(file.assessment);
            await db.answers.bulkAdd(file.answers);
            await db.reviewLog.bulkAdd(file.reviewLog);
            if (file.plan) await db.plans.add(file.plan);
            await addMonitoring(file.assessment.id, file.monitoring);
          }
        }),
      ),
  };
}

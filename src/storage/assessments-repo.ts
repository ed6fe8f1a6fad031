import type { Assessment, AssessmentProfile } from '../domain/assessment/assessment';
import type { LoadIssue } from '../domain/load-result';
import type { NapDatabase } from './db';
import { z } from 'zod';
import { assignmentSchema, type Assignment } from '../domain/assessment/assignments';
import { reassess } from '../domain/assessment/reassess';
import { restoreAnswer, restoreAssessment } from './restore';
import { guarded } from './storage-error';

export interface BrokenRow {
  id: string;
  issues: LoadIssue[];
}

export function assessmentsRepo(db: NapDatabase) {
  return {
    /** Every assessment on the device, newest first; rows that fail to restore are reported, not dropped silently. */
    async list(): Promise<{ assessments: Assessment[]; broken: BrokenRow[] }> {
      const rows = await db.assessments.toArray();
      const assessments: Assessment[] = [];
      const broken: BrokenRow[] = [];
      for (const row of rows) {
        const restored = restoreAssessment(row);
        if (restored.ok) assessments.push(restored.value);
        else {
          const id = (row as { id?: unknown }).id;
          broken.push({ id: typeof id === 'string' ? id : '?', issues: restored.issues });
        }
      }
      assessments.sort((a, b) => b.updatedAt - a.updatedAt);
      return { assessments, broken };
    },

    async get(id: string): Promise<Assessment | undefined> {
      const row = await db.assessments.get(id);
      if (row === undefined) return undefined;
      const restored = restoreAssessment(row);
      return restored.ok ? restored.value : undefined;
    },

    create: (assessment: Assessment) => guarded(async () => void (await db.assessments.add(assessment))),

    updateProfile: (id: string, profile: AssessmentProfile, now: number) =>
      guarded(async () => {
        const { title, country, horizon, marking, roster } = profile;
        const changed = await db.assessments.update(id, {
          title,
          country,
          horizon,
          marking,
          roster,
          updatedAt: now,
        });
        if (changed === 0) throw new Error(`assessment ${id} not found`);
      }),

    /** Names the sync server of the assessment (checked by the caller), or none: files only. */
    setSyncServer: (id: string, server: string | undefined, now: number) =>
      guarded(async () => {
        const changed = await db.assessments.update(id, {
          sync: server === undefined ? undefined : { server },
          updatedAt: now,
        });
        if (changed === 0) throw new Error(`assessment ${id} not found`);
      }),

    /** Replaces the assessment's assignments (each checked: an area or a question, a valid day). */
    setAssignments: (id: string, assignments: Assignment[], now: number) =>
      guarded(async () => {
        const parsed = z.array(assignmentSchema).max(5000).parse(assignments);
        const changed = await db.assessments.update(id, { assignments: parsed, updatedAt: now });
        if (changed === 0) throw new Error(`assessment ${id} not found`);
      }),

    /** A copy with all answers, under a new id and title. */
    duplicate: (id: string, copy: { id: string; title: string; now: number }) =>
      guarded(() =>
        db.transaction('rw', [db.assessments, db.answers, db.reviewLog, db.plans], async () => {
          const original = await db.assessments.get(id);
          const restored = restoreAssessment(original);
          if (!restored.ok) throw new Error(`assessment ${id} cannot be read`);
          // A copy is an assessment of its own: files of the original are not merged into it.
          const { aliases: _aliases, ...copied } = restored.value;
          await db.assessments.add({
            ...copied,
            id: copy.id,
            title: copy.title,
            createdAt: copy.now,
            updatedAt: copy.now,
            example: false,
          });
          const answers = await db.answers.where('assessmentId').equals(id).toArray();
          await db.answers.bulkAdd(answers.map((a) => ({ ...a, assessmentId: copy.id })));
          const log = (await db.reviewLog.where('assessmentId').equals(id).toArray()) as { id: string }[];
          await db.reviewLog.bulkAdd(
            log.map((e) => ({ ...e, id: `${copy.id}:${e.id}`, assessmentId: copy.id })),
          );
        }),
      ),

    /** A re-assessment started from this one (see domain reassess): the new assessment's id. */
    reassess: (id: string, next: { id: string; title: string; now: number }) =>
      guarded(() =>
        db.transaction('rw', [db.assessments, db.answers], async () => {
          const restored = restoreAssessment(await db.assessments.get(id));
          if (!restored.ok) throw new Error(`assessment ${id} cannot be read`);
          const stored = await db.answers.where('assessmentId').equals(id).toArray();
          const answers = stored.flatMap((row) => {
            const r = restoreAnswer(row);
            return r.ok ? [r.value] : [];
          });
          const started = reassess(restored.value, answers, next);
          await db.assessments.add(started.assessment);
          await db.answers.bulkAdd(started.answers);
          return started.assessment.id;
        }),
      ),

    /** Removes an assessment and its answers in one transaction. */
    remove: (id: string) =>
      guarded(() =>
        db.transaction(
          'rw',
          [
            db.assessments,
            db.answers,
            db.reviewLog,
            db.plans,
            db.declinedAnswers,
            db.adoptedPlans,
            db.monitoring,
            db.answerHistory,
          ],
          async () => {
            await db.answerHistory.where('assessmentId').equals(id).delete();
            await db.declinedAnswers.where('assessmentId').equals(id).delete();
            await db.adoptedPlans.where('assessmentId').equals(id).delete();
            await db.monitoring.where('assessmentId').equals(id).delete();
            await db.answers.where('assessmentId').equals(id).delete();
            await db.reviewLog.where('assessmentId').equals(id).delete();
            await db.plans.delete(id);
            await db.assessments.delete(id);
          },
        ),
      ),
  };
}

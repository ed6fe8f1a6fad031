// Files for the scale benchmarks: backups of 1 and of 50 assessments, and an assessment whose plan has 1,000 actions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerRecord } from '../../src/domain/assessment/answer';
import { newAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { exampleAssessmentSchema, type ExampleAssessment } from '../../src/domain/assessment/example';
import { buildAssessmentFile, type AssessmentFile } from '../../src/domain/exchange/assessment-file';
import {
  BACKUP_FILE_TYPE,
  BACKUP_FILE_VERSION,
  type BackupFile,
} from '../../src/domain/exchange/backup-file';
import { computePlan } from '../../src/domain/plan/compute-plan';
import {
  ACTION_STATUSES,
  FUNDING_SOURCES,
  type CustomAction,
  type PlanEdits,
} from '../../src/domain/plan/plan-edits';
import { addMonths } from '../../src/domain/plan/months';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { ACTION_TYPES, COST_BANDS } from '../../src/domain/questionnaire/vocabulary';
import { questionnaireHash } from '../../src/services/content-hash';

/** Beside the other benchmarks' generated files, in a folder of its own. */
const SCALE_DIR = join('.bench-tmp', 'scale');
const NOW = Date.UTC(2026, 10, 24);
const DAY = 86_400_000;
const APP_VERSION = '0.1.0';
/** How many actions the large plan has: the questionnaire's recommended ones, then the team's own. */
export const PLAN_ACTIONS = 1000;

export interface ScaleInputs {
  /** Backups that restore exactly 1 and exactly 50 assessments. */
  homeBackups: { count: number; path: string }[];
  /** An assessment file whose plan has PLAN_ACTIONS actions. */
  planFile: string;
  planTitle: string;
}

function bundled(): { questionnaire: Questionnaire; example: ExampleAssessment } {
  const loaded = loadQuestionnaire(readFileSync('questionnaires/cbrn-naq-1.0.0.json', 'utf8'));
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  const example = exampleAssessmentSchema.parse(
    JSON.parse(readFileSync('questionnaires/cbrn-naq/1.0.0/example-assessment.json', 'utf8')),
  );
  return { questionnaire: loaded.value, example };
}

/**
 * The example's answers for assessment `n`: every capacity level moved by n (within 1–5) and a share
 * of questions left open, so that cards differ in progress and plans in their actions.
 */
function answersOf(q: Questionnaire, example: ExampleAssessment, id: string, n: number): AnswerRecord[] {
  const levels = new Map(
    q.areas.flatMap((a) => a.items).flatMap((i) => (i.kind === 'capacity' ? [[i.id, i.levels.length]] : [])),
  );
  return Object.entries(example.answers).flatMap(([questionId, state], i): AnswerRecord[] => {
    if (n > 0 && (i + n) % 7 === 0) return [];
    const top = levels.get(questionId);
    const value =
      top !== undefined && typeof state.value === 'number' ? 1 + ((state.value - 1 + n) % top) : state.value;
    return [
      {
        ...state,
        value,
        assessmentId: id,
        questionId,
        updatedAt: NOW - (n % 30) * DAY,
        author: example.profile.roster[i % example.profile.roster.length]!.focalPerson || 'National Team',
      },
    ];
  });
}

function assessmentOf(example: ExampleAssessment, id: string, title: string, n: number): Assessment {
  return {
    ...newAssessment({
      id,
      profile: { ...example.profile, title, horizon: n % 4 === 3 ? 1 : 5 },
      questionnaire: example.questionnaire,
      now: NOW - (60 + n) * DAY,
    }),
    updatedAt: NOW - (n % 30) * DAY,
  };
}

/** The plan a drafter left on assessment `n`: the recommended actions accepted, a few of them edited. */
function draftPlan(
  q: Questionnaire,
  assessment: Assessment,
  answers: AnswerRecord[],
  customCount: number,
): PlanEdits {
  const index = indexQuestionnaire(q);
  const computed = computePlan({
    questionnaire: q,
    index,
    assessment,
    answers: new Map(answers.map((r) => [r.questionId, r])),
    log: [],
    edits: undefined,
    language: 'en',
    now: NOW,
  });
  const library = computed.plan.areas.flatMap((a) => a.actions);
  const roster = assessment.roster;
  const edits: PlanEdits['edits'] = {};
  library.forEach((a, i) => {
    if (i % 9 === 0)
      edits[a.id] = {
        status: ACTION_STATUSES[1 + (i % 3)],
        leadAgencyId: roster[i % roster.length]!.id,
        achievement: `Agreed at the national workshop (${a.title.slice(0, 40)})`,
        written: { achievement: 'en' },
      };
  });
  const scored = q.areas.map((area) => ({
    areaId: area.id,
    indicators: area.items.flatMap((i) => (i.kind !== 'group' && i.scoring ? [i.id] : [])),
  }));
  const custom: CustomAction[] = Array.from({ length: customCount }, (_, i) => {
    const area = scored[i % scored.length]!;
    const start = addMonths(computed.edits.startMonth, (i * 7) % (assessment.horizon * 12 - 6));
    return {
      id: `custom-scale-${i}`,
      areaId: area.areaId,
      ...(area.indicators.length > 0 && i % 2 === 0
        ? { indicatorId: area.indicators[i % area.indicators.length] }
        : {}),
      title: `Team action ${i + 1}: strengthen ${['inspection', 'training', 'reporting', 'coordination', 'oversight'][i % 5]} of ${['laboratories', 'border posts', 'hospitals', 'transport', 'waste sites'][(i * 3) % 5]}`,
      description: `Agreed by the National Team at its session ${1 + (i % 12)}: the agencies concerned set out the steps, the sites and the people they need, and report to the focal point each quarter.`,
      type: ACTION_TYPES[i % ACTION_TYPES.length]!,
      tier: (['high', 'medium', 'low'] as const)[i % 3]!,
      leadAgencyId: roster[i % roster.length]!.id,
      supportAgencyIds: [roster[(i + 1) % roster.length]!.id, roster[(i + 4) % roster.length]!.id],
      start,
      end: addMonths(start, 3 + (i % 9)),
      achievement: `Step ${i + 1} of the team's own plan done and reported`,
      costBand: COST_BANDS[i % COST_BANDS.length]!,
      status: ACTION_STATUSES[i % 4]!,
      fundingSource: FUNDING_SOURCES[i % FUNDING_SOURCES.length],
      lang: 'en',
    };
  });
  return {
    ...computed.edits,
    accepted: computed.recommended,
    edits,
    custom,
    updatedAt: NOW - DAY,
  };
}

/** How many live and dropped actions a plan of these answers and edits shows. */
function planSize(q: Questionnaire, assessment: Assessment, answers: AnswerRecord[], edits: PlanEdits) {
  return computePlan({
    questionnaire: q,
    index: indexQuestionnaire(q),
    assessment,
    answers: new Map(answers.map((r) => [r.questionId, r])),
    log: [],
    edits,
    language: 'en',
    now: NOW,
  }).plan.areas.reduce((n, a) => n + a.actions.length, 0);
}

function fileOf(
  assessment: Assessment,
  answers: AnswerRecord[],
  plan: PlanEdits | null,
  hash: string,
): AssessmentFile {
  return buildAssessmentFile({
    assessment,
    answers,
    reviewLog: [],
    plan,
    contentHash: hash,
    appVersion: APP_VERSION,
    now: NOW,
  });
}

/** Writes the scale benchmarks' files into SCALE_DIR, all on the bundled questionnaire. */
export async function generateScaleInputs(): Promise<ScaleInputs> {
  mkdirSync(SCALE_DIR, { recursive: true });
  const { questionnaire: q, example } = bundled();
  const hash = await questionnaireHash(q);

  const files: AssessmentFile[] = Array.from({ length: 50 }, (_, n) => {
    const id = `scale-${n}`;
    const assessment = assessmentOf(example, id, `${example.profile.title} — copy ${n + 1}`, n);
    const answers = answersOf(q, example, id, n);
    // A third of them already have a draft plan.
    const plan = n % 3 === 0 ? draftPlan(q, assessment, answers, n % 5) : null;
    return fileOf(assessment, answers, plan, hash);
  });
  const homeBackups = [1, 50].map((count) => {
    const backup: BackupFile = {
      type: BACKUP_FILE_TYPE,
      formatVersion: BACKUP_FILE_VERSION,
      appVersion: APP_VERSION,
      createdAt: NOW,
      assessments: files.slice(0, count),
      questionnaires: [],
    };
    const path = join(SCALE_DIR, `scale-backup-${count}.json`);
    writeFileSync(path, JSON.stringify(backup));
    return { count, path };
  });

  // The large plan: the example's answers at their lowest levels, so the questionnaire recommends
  // as many of its actions as it can, and the team's own actions up to PLAN_ACTIONS.
  const id = 'scale-plan';
  const planTitle = 'Scale — plan of 1,000 actions';
  const assessment = assessmentOf(example, id, planTitle, 0);
  const answers = answersOf(q, example, id, 0).map((r) =>
    typeof r.value === 'number' && r.special === undefined ? { ...r, value: 1 } : r,
  );
  const library = planSize(q, assessment, answers, draftPlan(q, assessment, answers, 0));
  const plan = draftPlan(q, assessment, answers, PLAN_ACTIONS - library);
  const total = planSize(q, assessment, answers, plan);
  if (total !== PLAN_ACTIONS) throw new Error(`the large plan has ${total} actions, not ${PLAN_ACTIONS}`);
  const planFile = join(SCALE_DIR, 'scale-plan.json');
  writeFileSync(planFile, JSON.stringify(fileOf(assessment, answers, plan, hash)));
  return { homeBackups, planFile, planTitle };
}

import { readFileSync } from 'node:fs';
import { newAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { exampleAssessmentSchema } from '../../src/domain/assessment/example';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import type { ReportSource } from '../../src/report/gather-report-input';
import { T0 } from './assessment';

/** The bundled questionnaire and its example assessment, ready for the report. */
export function exampleReportInput(overrides: Partial<ReportSource> = {}): ReportSource {
  const q = loadQuestionnaire(readFileSync('questionnaires/cbrn-naq-1.0.0.json', 'utf8'));
  if (q.status === 'failure') throw new Error('bundled questionnaire does not load');
  const example = exampleAssessmentSchema.parse(
    JSON.parse(readFileSync('questionnaires/cbrn-naq/1.0.0/example-assessment.json', 'utf8')),
  );
  const assessment: Assessment = newAssessment({
    id: 'example',
    profile: { ...example.profile, marking: 'restricted' },
    questionnaire: example.questionnaire,
    now: T0,
    example: true,
  });
  return {
    assessment,
    questionnaire: q.value,
    answers: Object.entries(example.answers).map(([questionId, s]) => ({ ...s, questionId })),
    log: [],
    language: 'en',
    countryName: 'Republic of Aravania',
    now: T0,
    ...overrides,
  };
}

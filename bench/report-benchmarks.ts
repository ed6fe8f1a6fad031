import { readFileSync } from 'node:fs';
import { newAssessment } from '../src/domain/assessment/assessment';
import { exampleAssessmentSchema } from '../src/domain/assessment/example';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import type { Questionnaire } from '../src/domain/questionnaire/schema';
import { adoptPlan } from '../src/domain/monitoring/adopted-plan';
import type { MonitoringUpdate } from '../src/domain/monitoring/monitoring';
import { buildProgressReport } from '../src/report/progress-report';
import { buildReport } from '../src/report/build-report';
import { gatherReportInput, type ReportSource } from '../src/report/gather-report-input';
import { docxBuffer } from '../src/report/render-docx';
import { generateQuestionnaire } from './generate-questionnaire';
import { measure, type Figure } from './measure';

const NOW = Date.UTC(2026, 10, 24);

function loadOrThrow(text: string): Questionnaire {
  const q = loadQuestionnaire(text);
  if (q.status === 'failure') throw new Error('questionnaire does not load');
  return q.value;
}

/** The example assessment on the bundled questionnaire. */
function exampleInput(): ReportSource {
  const example = exampleAssessmentSchema.parse(
    JSON.parse(readFileSync('questionnaires/cbrn-naq/1.0.0/example-assessment.json', 'utf8')),
  );
  return {
    assessment: newAssessment({
      id: 'example',
      profile: example.profile,
      questionnaire: example.questionnaire,
      now: NOW,
    }),
    questionnaire: loadOrThrow(readFileSync('questionnaires/cbrn-naq-1.0.0.json', 'utf8')),
    answers: Object.entries(example.answers).map(([questionId, s]) => ({ ...s, questionId })),
    log: [],
    language: 'en',
    countryName: 'Republic of Aravania',
    now: NOW,
  };
}

/** 1,000 answers on a generated 1,000-question questionnaire; 150 indicators at level 2 give 300 actions (5-year plan). */
function generatedInput(): ReportSource {
  const generated = generateQuestionnaire(1000);
  const questionnaire = loadOrThrow(JSON.stringify(generated));
  let gaps = 0;
  const answers: ReportSource['answers'] = questionnaire.areas.flatMap((area) =>
    area.items.flatMap((item): ReportSource['answers'] => {
      if (item.kind === 'group') return [];
      if (item.kind === 'capacity')
        return [
          {
            questionId: item.id,
            value: gaps++ < 150 ? 2 : 5,
            comment: 'Assessed at the national workshop',
            evidence: 'Workshop minutes of 2026-10-01',
          },
        ];
      if (item.kind === 'longText')
        return [
          {
            questionId: item.id,
            value: 'The agency keeps a register; it was last updated in 2025 and covers all facilities.',
          },
        ];
      if (item.kind === 'risk') return [{ questionId: item.id, value: { likelihood: 3, impact: 4 } }];
      return [];
    }),
  );
  const assessment = newAssessment({
    id: 'generated',
    profile: {
      title: 'Generated',
      country: 'KG',
      horizon: 5,
      marking: 'restricted',
      roster: [{ id: 'moh', name: 'Ministry of Health', acronym: 'MoH', role: 'health', focalPerson: '' }],
    },
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    now: NOW,
  });
  return {
    assessment,
    questionnaire,
    answers,
    log: [],
    language: 'en',
    countryName: 'Kyrgyz Republic',
    now: NOW,
  };
}

async function planFigure(name: string, input: ReportSource): Promise<Figure> {
  let actions = 0;
  let bytes = 0;
  const figure = await measure(
    name,
    async () => {
      const prepared = gatherReportInput(input);
      actions = prepared.plan.areas.reduce((n, a) => n + a.actions.length, 0);
      bytes = (await docxBuffer(buildReport(prepared))).length;
    },
    5,
    2,
  );
  return {
    ...figure,
    note: `${actions} actions, ${input.answers.length} answers, ${(bytes / 1024).toFixed(0)} KiB .docx`,
  };
}

/** The progress report of the example plan, adopted, with an update on every action (a third of them delayed). */
async function progressFigure(): Promise<Figure> {
  const prepared = gatherReportInput(exampleInput());
  const plan = adoptPlan('example', prepared.plan, prepared.structure.objectives, undefined, [], {
    adoptedOn: '2026-12-01',
    adoptedBy: 'Cabinet of Ministers',
    author: 'National coordinator',
    now: NOW,
  });
  const updates: MonitoringUpdate[] = plan.actions.map((a, i) => ({
    id: `u${i}`,
    assessmentId: 'example',
    planVersion: 1,
    actionId: a.id,
    asOf: '2027-06-30',
    status: i % 3 === 0 ? 'delayed' : 'onTrack',
    progress: (i * 7) % 100,
    ...(i % 3 === 0 && { reason: 'Procurement took longer than planned' }),
    spent: 10_000 * (i % 5),
    author: 'Agency focal point',
    recordedAt: NOW + i,
  }));
  let bytes = 0;
  const figure = await measure(
    'progress report of an adopted plan (dashboard and Word document): example plan',
    async () => {
      const model = buildProgressReport({
        assessment: prepared.assessment,
        plan,
        updates,
        day: '2027-06-30',
        results: prepared.structure.results,
        areas: prepared.questionnaire.areas.map((a) => ({ id: a.id, label: a.code ?? a.id })),
        language: 'ru',
        countryName: 'Кыргызстан',
        now: NOW,
      });
      bytes = (await docxBuffer(model)).length;
    },
    5,
    2,
  );
  return {
    ...figure,
    note: `${plan.actions.length} actions, ${updates.length} updates, ${(bytes / 1024).toFixed(0)} KiB .docx (Russian)`,
  };
}

export async function reportBenchmarks(): Promise<Figure[]> {
  return [
    await progressFigure(),
    await planFigure('build the plan and pack the Word document: example assessment', exampleInput()),
    await planFigure('build the plan and pack the Word document: generated assessment', generatedInput()),
  ];
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAssessmentFile } from '../../src/domain/exchange/assessment-file';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { questionnaireHash } from '../../src/services/content-hash';
import { generateQuestionnaire } from '../generate-questionnaire';

export const BENCH_DIR = '.bench-tmp';
const NOW = Date.UTC(2026, 10, 24);

const en = (text: Record<string, string>) => text.en!;

/** The same questions as a SurveyJS survey: one page per area, capacity as a radio group, long text as a comment. */
function surveyJson(q: Questionnaire) {
  return {
    showQuestionNumbers: 'off',
    pages: q.areas.map((area) => ({
      name: area.id,
      title: en(area.title),
      elements: area.items.flatMap((item) =>
        item.kind === 'capacity'
          ? [
              {
                type: 'radiogroup',
                name: item.id,
                title: en(item.title),
                description: item.hint ? en(item.hint) : undefined,
                choices: item.levels.map((l) => ({ value: l.level, text: en(l.descriptor) })),
              },
            ]
          : item.kind === 'longText'
            ? [
                {
                  type: 'comment',
                  name: item.id,
                  title: en(item.title),
                  description: item.hint ? en(item.hint) : undefined,
                },
              ]
            : [],
      ),
    })),
  };
}

/** The floor: the first area's questions as plain HTML, no script at all. */
function floorHtml(q: Questionnaire): string {
  const area = q.areas[0]!;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const items = area.items
    .map((item) => {
      if (item.kind === 'capacity')
        return `<fieldset class="q"><legend>${esc(en(item.title))}</legend><p>${esc(en(item.hint!))}</p>${item.levels
          .map(
            (l) =>
              `<label><input type="radio" name="${item.id}" value="${l.level}"> ${esc(en(l.descriptor))}</label>`,
          )
          .join('')}</fieldset>`;
      if (item.kind === 'longText')
        return `<div class="q"><label>${esc(en(item.title))}<textarea name="${item.id}"></textarea></label><p>${esc(en(item.hint!))}</p></div>`;
      return '';
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title><style>label{display:block}.q{margin:1em 0}</style></head><body><h1>${esc(en(area.title))}</h1><form>${items}</form></body></html>`;
}

/**
 * The generated questionnaire of `questions` in areas of 100, an assessment answering every question,
 * and (for comparing with the floor and SurveyJS) the same questions as a SurveyJS survey and as plain
 * HTML, written to `dir`.
 */
export async function generateInputs(
  size = 1000,
  dir = BENCH_DIR,
): Promise<{ questionnaire: Questionnaire; perArea: number; dir: string }> {
  mkdirSync(dir, { recursive: true });
  const input = generateQuestionnaire(size, size / 100);
  // The benchmark compares questionnaires without risk scenarios: drop the generator's risk area.
  input.areas = input.areas.filter((a) => a.id !== 'risk');
  delete input.riskScales;
  const text = JSON.stringify(input);
  const loaded = loadQuestionnaire(text);
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  const q = loaded.value;
  writeFileSync(join(dir, 'questionnaire.json'), text);
  writeFileSync(join(dir, 'survey.json'), JSON.stringify(surveyJson(q)));
  writeFileSync(join(dir, 'floor.html'), floorHtml(q));
  const questions = q.areas.flatMap((a) => a.items).filter((i) => i.kind !== 'group');
  const file = buildAssessmentFile({
    assessment: {
      id: `bench-${size}`,
      title: `Benchmark of ${size} questions`,
      country: 'KG',
      horizon: 5,
      marking: 'unclassified',
      roster: [],
      questionnaire: { id: q.id, version: q.version },
      createdAt: NOW,
      updatedAt: NOW,
      example: false,
    },
    answers: questions.map((item, i) => ({
      assessmentId: `bench-${size}`,
      questionId: item.id,
      updatedAt: NOW,
      author: 'Bench',
      value: item.kind === 'capacity' ? 1 + (i % 4) : 'An answer already given.',
    })),
    reviewLog: [],
    plan: null,
    contentHash: await questionnaireHash(q),
    appVersion: '0.1.0',
    now: NOW,
  });
  writeFileSync(join(dir, 'assessment.json'), JSON.stringify(file));
  return { questionnaire: q, perArea: q.areas[0]!.items.length, dir };
}

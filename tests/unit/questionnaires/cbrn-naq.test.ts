import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frozenIds, texts } from '../../builders/questionnaire-content';
import { checkAnswers } from '../../../src/domain/validation/check-answers';
import { exampleAssessmentSchema } from '../../../src/domain/assessment/example';
import { computeVisibility } from '../../../src/domain/conditions/visibility';
import { loadQuestionnaire } from '../../../src/domain/questionnaire/load-questionnaire';
import type { Questionnaire } from '../../../src/domain/questionnaire/schema';
import { indexQuestionnaire } from '../../../src/domain/questionnaire/questionnaire-index';

const result = loadQuestionnaire(readFileSync('questionnaires/cbrn-naq-1.0.0.json', 'utf8'));
if (result.status === 'failure') throw new Error(JSON.stringify(result.issues.slice(0, 5)));
const q: Questionnaire = result.value;
const index = indexQuestionnaire(q);
const indicators = index.questions.filter((e) => e.question.scoring);
const BIO_AREAS = ['bsf', 'bsc', 'brm'];


describe('the bundled CBRN Needs Assessment Questionnaire 1.0.0', () => {
  it('loads with no errors and no warnings', () => {
    expect(result.issues).toEqual([]);
  });

  it('has the 16 areas, at least 80 scored indicators, at least 24 of them in biosafety, biosecurity and biorisk management', () => {
    expect(q.areas).toHaveLength(16);
    expect(indicators.length).toBeGreaterThanOrEqual(80);
    expect(indicators.filter((e) => BIO_AREAS.includes(e.area.id)).length).toBeGreaterThanOrEqual(24);
    for (const area of q.areas)
      expect(indicators.filter((e) => e.area.id === area.id).length, area.id).toBeGreaterThanOrEqual(5);
  });

  it('scores only capacity questions, each with five descriptors, guidance, references and hazards', () => {
    for (const { question } of indicators) {
      expect(question.kind, question.id).toBe('capacity');
      if (question.kind !== 'capacity') continue;
      expect(question.levels.map((l) => l.level).sort(), question.id).toEqual([1, 2, 3, 4, 5]);
      expect(question.guidance, question.id).toBeDefined();
      expect(question.references.length, question.id).toBeGreaterThan(0);
      expect(question.scoring!.hazards.length, question.id).toBeGreaterThan(0);
    }
  });

  it('has an action for every level transition (2, 3, 4, 5) of every indicator', () => {
    for (const { question } of indicators) {
      const levels = new Set(q.actions.filter((a) => a.indicator === question.id).map((a) => a.level));
      expect([...levels].sort(), question.id).toEqual([2, 3, 4, 5]);
    }
  });

  it('is complete in English and Russian, with every phrase translated', () => {
    const all = texts(q);
    expect(all.length).toBeGreaterThan(3000);
    for (const [path, text] of all) {
      expect(text.en, path).toBeTruthy();
      expect(text.ru, path).toBeTruthy();
      // Names such as "ISO 15189" or "BWC" stay as they are; any phrase is translated.
      if ((text.en!.match(/[A-Za-z]{3,}/g) ?? []).length >= 3) expect(text.ru, path).toMatch(/[а-яё]/i);
    }
  });

  it('rates at least 8 risk scenarios across C, B, R and N', () => {
    const risks = index.questions.filter((e) => e.question.kind === 'risk').map((e) => e.question);
    expect(risks.length).toBeGreaterThanOrEqual(8);
    expect(new Set(risks.map((r) => (r.kind === 'risk' ? r.hazard : '')))).toEqual(
      new Set(['C', 'B', 'R', 'N']),
    );
  });

  it('asks for the context the plan needs', () => {
    const tables = index.questions.filter((e) => e.question.kind === 'table').map((e) => e.question.id);
    expect(tables).toEqual(
      expect.arrayContaining([
        'leg.instruments',
        'bsf.high-risk-lab-list',
        'rn.source-holders',
        'chm.facilities',
        'int.reports',
      ]),
    );
    // Nuclear facility questions only where the country has reactors.
    expect(index.containers.find((c) => c.id === 'rn.facilities')?.condition).toMatchObject({
      question: 'rn.reactors',
    });
  });

  it('keeps every id of the released version (a rename or removal needs a new version with a "changes" block)', () => {
    const frozen = readFileSync('tests/fixtures/cbrn-naq-1.0.0-ids.txt', 'utf8').trim().split('\n');
    const now = frozenIds(q);
    expect(now).toEqual(frozen);
  });
});

describe('the example assessment', () => {
  const example = exampleAssessmentSchema.parse(
    JSON.parse(readFileSync('questionnaires/cbrn-naq/1.0.0/example-assessment.json', 'utf8')),
  );
  const answers = new Map(Object.entries(example.answers));

  it('is for this questionnaire and validates against it', () => {
    expect(example.questionnaire).toEqual({ id: q.id, version: q.version });
    expect(
      checkAnswers(index, answers, {
        agencyIds: new Set(example.profile.roster.map((a) => a.id)),
        today: '2026-01-15',
      }),
    ).toEqual([]);
  });

  it('answers most shown questions, most indicators, every table and every risk scenario', () => {
    const shown = computeVisibility(index, answers).questions;
    const answered = [...shown].filter((id) => answers.has(id));
    expect(answered.length / shown.size).toBeGreaterThan(0.8);
    expect(
      indicators.filter((e) => typeof answers.get(e.question.id)?.value === 'number').length,
    ).toBeGreaterThan(90);
    for (const e of index.questions.filter(
      (x) => (x.question.kind === 'table' || x.question.kind === 'risk') && shown.has(x.question.id),
    ))
      expect(answers.has(e.question.id), e.question.id).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frozenIds, texts } from '../../builders/questionnaire-content';
import { assembleFromSources } from '../../../scripts/assemble-questionnaire';
import { computeVisibility } from '../../../src/domain/conditions/visibility';
import { loadQuestionnaireValue } from '../../../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../../../src/domain/questionnaire/questionnaire-index';
import type { Questionnaire } from '../../../src/domain/questionnaire/schema';
import type { AnswerState } from '../../../src/domain/assessment/answer';
import { prioritise } from '../../../src/domain/scoring/prioritise';
import { defaultPriorityConfig } from '../../../src/domain/scoring/config';
import { summariseReview } from '../../../src/domain/scoring/review';
import { sensitivity } from '../../../src/domain/scoring/sensitivity';

/**
 * Questionnaire 1.1.0 as its sources stand (questionnaires/cbrn-naq/1.1.0/: header, one part per
 * area, each part's changes), assembled the way `npm run build:questionnaire` does.
 */
const assembled = assembleFromSources('questionnaires/cbrn-naq/1.1.0');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const result = loadQuestionnaireValue(assembled);
if (result.status === 'failure') throw new Error(JSON.stringify(result.issues.slice(0, 5)));
const q: Questionnaire = result.value;
const index = indexQuestionnaire(q);
const indicators = index.questions.filter((e) => e.question.scoring && e.question.kind !== 'risk');
const scenarios = index.questions.filter((e) => e.question.kind === 'risk');
const BIO_AREAS = ['bsf', 'bsc', 'brm'];
const old = json('questionnaires/cbrn-naq-1.0.0.json') as Questionnaire;


describe('questionnaire 1.1.0, from its sources', () => {
  it('is released as built from its sources (a released version is never edited in place)', () => {
    expect(json('questionnaires/cbrn-naq-1.1.0.json')).toEqual(JSON.parse(JSON.stringify(assembled)));
  });

  it('keeps every id it was released with (a rename or removal needs a new version)', () => {
    const frozen = readFileSync('tests/fixtures/cbrn-naq-1.1.0-ids.txt', 'utf8').trim().split('\n');
    const now = frozenIds(q);
    expect(now).toEqual(frozen);
  });

  it('loads with no errors and no warnings', () => {
    expect(result.issues).toEqual([]);
    expect(q.version).toBe('1.1.0');
  });

  it('has 17 areas (antimicrobial resistance among them), at least 130 indicators, at least 34 biological', () => {
    expect(q.areas).toHaveLength(17);
    expect(q.areas.map((a) => a.id)).toContain('amr');
    expect(indicators.length).toBeGreaterThanOrEqual(130);
    expect(indicators.filter((e) => BIO_AREAS.includes(e.area.id)).length).toBeGreaterThanOrEqual(34);
  });

  it('is complete in English and Russian, in the terms the review asked for', () => {
    const all = texts(q);
    for (const [path, text] of all) {
      expect(text.en, path).toBeTruthy();
      expect(text.ru, path).toBeTruthy();
      if ((text.en!.match(/[A-Za-z]{3,}/g) ?? []).length >= 3) expect(text.ru, path).toMatch(/[а-яё]/i);
      // The JEE is not «СВО» in Russian, the OPCW is ОЗХО.
      expect(text.ru, path).not.toMatch(/\bСВО\b|ОПЗХО/);
    }
  });

  it('links every indicator to the risk scenarios it mitigates, and every link to a scenario of its hazards', () => {
    const hazardOf = new Map(scenarios.map((e) => [e.question.id, e.question.kind === 'risk' ? e.question.hazard : '']));
    for (const { question } of indicators) {
      const s = question.scoring!;
      expect((s.scenarios?.length ?? 0) + (s.scenarioCategories?.length ?? 0), question.id).toBeGreaterThan(0);
      for (const id of s.scenarios ?? []) expect(hazardOf.has(id), `${question.id} → ${id}`).toBe(true);
    }
  });

  it('has no duplicate topic in the action library: no two actions with the same title in one language', () => {
    for (const language of ['en', 'ru']) {
      const titles = q.actions.map((a) => a.title[language]!.trim().toLowerCase());
      const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
      expect(repeated, language).toEqual([]);
    }
  });

  it('cites only references a reviewer can find (the allow-list of framework codes)', () => {
    const allow = json('tests/fixtures/reference-allow-list.json') as {
      frameworks: Record<string, { editions?: string[]; codes: string[] | Record<string, string[]> }>;
    };
    for (const { question } of index.questions)
      for (const ref of question.references) {
        const rule = allow.frameworks[ref.framework];
        expect(rule, `${question.id}: ${ref.framework}`).toBeDefined();
        if (!rule || !ref.code) continue;
        const edition = (ref as { edition?: string }).edition;
        const codes = Array.isArray(rule.codes) ? rule.codes : (rule.codes[edition ?? ''] ?? []);
        if (rule.editions) expect(rule.editions, `${question.id}: ${ref.framework} edition`).toContain(edition);
        expect(
          codes.some((c) => new RegExp(c).test(ref.code)),
          `${question.id}: ${ref.framework} ${edition ?? ''} ${ref.code}`,
        ).toBe(true);
      }
  });

  it('describes level 5 as national capacity in the topic, not as helping neighbours', () => {
    const regional = indicators.filter(({ question }) => {
      if (question.kind !== 'capacity') return false;
      const five = question.levels.find((l) => l.level === 5)!.descriptor.en ?? '';
      return /neighbour|region/i.test(five);
    });
    // Regional contribution stays only where it is the topic (international cooperation, AMR networks…).
    expect(regional.length).toBeLessThan(15);
  });

  it('keeps or accounts for every id of 1.0.0: each is in 1.1.0, or renamed, removed or replaced in "changes"', () => {
    const ids = (x: Questionnaire) =>
      x.areas.flatMap((a) => [a.id, ...a.items.flatMap((i) => (i.kind === 'group' ? [i.id, ...i.questions.map((y) => y.id)] : [i.id]))]);
    const now = new Set(ids(q));
    const accounted = new Set([
      ...(q.changes?.renamed ?? []).map((r) => r.from),
      ...(q.changes?.removed ?? []),
      ...(q.changes?.replaced ?? []).map((r) => r.from),
    ]);
    expect(q.changes?.previousVersion).toBe('1.0.0');
    expect(ids(old).filter((id) => !now.has(id) && !accounted.has(id))).toEqual([]);
  });

  it('scores and prioritises: every indicator takes its risk from its own scenarios when all are rated', () => {
    const answers = new Map<string, AnswerState>();
    for (const e of indicators) answers.set(e.question.id, { value: 2 });
    scenarios.forEach((e, i) =>
      answers.set(e.question.id, { value: { likelihood: 1 + (i % 5), impact: 1 + ((i * 2) % 5) } }),
    );
    const review = summariseReview([], defaultPriorityConfig(5));
    const priorities = prioritise({
      index,
      actions: q.actions,
      answers,
      visibility: computeVisibility(index, answers),
      horizon: 5,
      review,
    });
    expect(priorities.ranked.length).toBeGreaterThan(100);
    expect(priorities.ranked.every((r) => r.explanation.risk.source === 'linked')).toBe(true);
    expect(priorities.budget.high.used).toBeLessThanOrEqual(30);
    expect(sensitivity(priorities, review.config)).toHaveLength(20);
  });
});

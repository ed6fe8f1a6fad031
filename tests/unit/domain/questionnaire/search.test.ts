import { describe, expect, it } from 'vitest';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { buildSearchIndex, fold, searchQuestions } from '../../../../src/domain/questionnaire/search';
import { exampleReportInput } from '../../../builders/example';

const { questionnaire } = exampleReportInput();
const index = indexQuestionnaire(questionnaire);
const en = buildSearchIndex(index, 'en', questionnaire.defaultLanguage);
const ru = buildSearchIndex(index, 'ru', questionnaire.defaultLanguage);
const answers = new Map([
  ['gov.budget', { value: 2, comment: 'No identified CBRN budget line; see Decree No. 214.' }],
  ['bsf.lab-count', { value: 3, evidence: 'Register of the Ministry of Health, 2025' }],
]);

describe('searching the questionnaire and the answers', () => {
  it.each([
    ['a code', en, 'GOV.1', 'gov.national-team', 'code'],
    ['an id', en, 'gov.interagency-agreements', 'gov.interagency-agreements', 'code'],
    ['words of a title, in any order and case', en, 'MANDATE focal', 'gov.national-team', 'title'],
    ['a word of a comment', en, 'decree 214', 'gov.budget', 'comment'],
    ['a word of the evidence', en, 'register ministry 2025', 'bsf.lab-count', 'evidence'],
    ['Russian text, ё as е', ru, fold('национальная группа').replace('е', 'ё'), 'gov.national-team', 'title'],
  ])('finds %s', (_, searchIndex, query, questionId, field) => {
    const { hits } = searchQuestions(searchIndex, answers, query);
    expect(hits.find((h) => h.questionId === questionId)).toMatchObject({ field });
  });

  it('puts code matches before title matches before the rest, and says how many there are in all', () => {
    const { hits, total } = searchQuestions(en, answers, 'biosafety', 5);
    expect(hits).toHaveLength(5);
    expect(total).toBeGreaterThan(5);
    const ranks = hits.map((h) => ['code', 'title', 'text', 'comment', 'evidence'].indexOf(h.field));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('quotes where a guidance word was found', () => {
    const { hits } = searchQuestions(en, new Map(), 'autoclave');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits.filter((x) => x.field === 'text')) expect(fold(h.excerpt!)).toContain('autoclave');
  });

  it('finds nothing for an empty query or a word that is nowhere', () => {
    expect(searchQuestions(en, answers, '   ')).toEqual({ hits: [], total: 0 });
    expect(searchQuestions(en, answers, 'xylophone').total).toBe(0);
  });
});

import { computeVisibility } from '../src/domain/conditions/visibility';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../src/domain/questionnaire/questionnaire-index';
import { buildSearchIndex, searchQuestions } from '../src/domain/questionnaire/search';
import { defaultPriorityConfig } from '../src/domain/scoring/config';
import { prioritise } from '../src/domain/scoring/prioritise';
import { summariseReview } from '../src/domain/scoring/review';
import { sensitivity } from '../src/domain/scoring/sensitivity';
import { generateAnswers, generateQuestionnaire } from './generate-questionnaire';
import { measure, type Figure } from './measure';

export async function nodeBenchmarks(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of [1000, 5000]) {
    const text = JSON.stringify(generateQuestionnaire(size));
    const check = loadQuestionnaire(text);
    if (check.status === 'failure')
      throw new Error(`generated questionnaire is invalid: ${JSON.stringify(check.issues.slice(0, 3))}`);
    figures.push(
      await measure(
        `load + validate a ${size}-question questionnaire`,
        () => loadQuestionnaire(text),
        7,
        2,
        `${(text.length / 1e6).toFixed(1)} MB of JSON`,
      ),
    );
  }
  figures.push(await scoringBenchmark());
  figures.push(...(await searchBenchmarks()));
  return figures;
}

/** Search of the fill screen on the 1,000-question questionnaire with its answers: building the index once, then a query. */
async function searchBenchmarks(): Promise<Figure[]> {
  const input = generateQuestionnaire(1000);
  const loaded = loadQuestionnaire(JSON.stringify(input));
  if (loaded.status === 'failure') throw new Error('generated questionnaire is invalid');
  const index = indexQuestionnaire(loaded.value);
  const answers = generateAnswers(input);
  let searchIndex = buildSearchIndex(index, 'ru', loaded.value.defaultLanguage);
  const build = await measure(
    'search: build the index of a 1000-question questionnaire (once per language)',
    () => {
      searchIndex = buildSearchIndex(index, 'ru', loaded.value.defaultLanguage);
    },
    11,
    2,
  );
  let total = 0;
  const query = await measure(
    'search: one query of two words over 1000 questions and their answers',
    () => {
      total = searchQuestions(searchIndex, answers, 'incident decree').total;
    },
    51,
    5,
  );
  return [
    { ...build, note: 'built on the first focus of the search box' },
    { ...query, note: `${total} hits; budget one frame (16 ms)` },
  ];
}

/** Visibility, scores, targets, risk and priority of 2,000 indicators, as the review screen computes them. */
async function scoringBenchmark() {
  const input = generateQuestionnaire(2500, 10, { criteria: true });
  const loaded = loadQuestionnaire(JSON.stringify(input));
  if (loaded.status === 'failure') throw new Error('generated questionnaire is invalid');
  const index = indexQuestionnaire(loaded.value);
  const indicators = index.questions.filter((e) => e.question.scoring).length;
  const answers = generateAnswers(input);
  const review = summariseReview([], defaultPriorityConfig(5));
  let ranked = 0;
  let swept = 0;
  const figure = await measure(
    `score and prioritise ${indicators} indicators, with the sensitivity sweep of the top 20`,
    () => {
      const visibility = computeVisibility(index, answers);
      const priorities = prioritise({
        index,
        actions: loaded.value.actions,
        answers,
        visibility,
        horizon: 5,
        review,
      });
      ranked = priorities.ranked.length;
      swept = sensitivity(priorities, review.config).length;
    },
    21,
    3,
  );
  return { ...figure, note: `${ranked} ranked, ${swept} swept; visibility included; budget 50 ms` };
}

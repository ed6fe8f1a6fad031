import { readFileSync } from 'node:fs';
import type { AnswerState } from '../../src/domain/assessment/answer';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'questionnaires');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A deep copy of the full-feature questionnaire as plain JSON, to mutate in a test. */
export function fullFeatureJson(): any {
  return JSON.parse(fixtureText('full-feature.json'));
}

/** The full-feature file with one change applied, as the text a user would load. */
export function mutatedFullFeature(mutate: (q: any) => void): string {
  const q: unknown = fullFeatureJson();
  mutate(q);
  return JSON.stringify(q);
}

/** The full-feature questionnaire, loaded and validated. */
export function fullFeature(): Questionnaire {
  const result = loadQuestionnaire(fixtureText('full-feature.json'));
  if (result.status === 'failure') throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Answers keyed by question id, from a terse literal. */
export function answers(entries: Record<string, AnswerState>): Map<string, AnswerState> {
  return new Map(Object.entries(entries));
}

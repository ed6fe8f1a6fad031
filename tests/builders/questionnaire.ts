import { readFileSync } from 'node:fs';
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

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../src/domain/questionnaire/load-questionnaire';

const shipped = readdirSync('questionnaires').filter(
  (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
);

describe('questionnaires shipped in questionnaires/', () => {
  it('exist', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });

  it.each(shipped)(
    '%s loads with no errors and no warnings, and its name matches its id and version',
    (file) => {
      const result = loadQuestionnaire(readFileSync(`questionnaires/${file}`, 'utf8'));
      expect(result.issues).toEqual([]);
      if (result.status === 'failure') return;
      expect(file).toBe(`${result.value.id}-${result.value.version}.json`);
    },
  );
});

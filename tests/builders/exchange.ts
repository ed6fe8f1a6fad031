import type { AssessmentFile } from '../../src/domain/exchange/assessment-file';
import { buildAssessmentFile } from '../../src/domain/exchange/assessment-file';
import { questionnaireHash } from '../../src/services/content-hash';
import { makeAnswer, makeAssessment, T0 } from './assessment';
import { fullFeature } from './questionnaire';
import type { TestStore } from './store';

/** A valid assessment file on the full-feature questionnaire. */
export async function makeAssessmentFile(overrides: Partial<AssessmentFile> = {}): Promise<AssessmentFile> {
  return {
    ...buildAssessmentFile({
      assessment: makeAssessment({ id: 'remote' }),
      answers: [
        makeAnswer({
          assessmentId: 'remote',
          questionId: 'bio.authority',
          value: 3,
          author: 'MoH focal point',
        }),
        makeAnswer({ assessmentId: 'remote', questionId: 'bio.has-bsl3', value: 'yes' }),
      ],
      reviewLog: [],
      plan: null,
      contentHash: await questionnaireHash(fullFeature()),
      appVersion: '0.1.0',
      now: T0,
    }),
    ...overrides,
  };
}

/** Every stored row, in a stable order: "unchanged" means this string is the same. */
export async function dumpStore(store: TestStore): Promise<string> {
  const db = store.db;
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables.sort(([a], [b]) => a.localeCompare(b)));
}

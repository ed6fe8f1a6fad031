import { describe, expect, it } from 'vitest';
import { buildAssessmentFile } from '../../../../src/domain/exchange/assessment-file';
import type { BackupFile } from '../../../../src/domain/exchange/backup-file';
import { restoreImpact } from '../../../../src/domain/exchange/restore-impact';
import { makeAnswer, makeAssessment, T0 } from '../../../../tests/builders/assessment';

const backupOf = (answers: ReturnType<typeof makeAnswer>[]): BackupFile => ({
  type: 'cbrn-nap-backup',
  formatVersion: 1,
  appVersion: '0.1.0',
  createdAt: T0 + 100,
  questionnaires: [],
  assessments: [
    buildAssessmentFile({
      assessment: makeAssessment(),
      answers,
      reviewLog: [],
      plan: null,
      contentHash: `sha256:${'0'.repeat(64)}`,
      appVersion: '0.1.0',
      now: T0 + 100,
    }),
  ],
});

describe('what a restore would replace', () => {
  it.each<[string, Parameters<typeof restoreImpact>[0], unknown[]]>([
    [
      'nothing newer',
      [{ assessment: makeAssessment(), answers: [makeAnswer({ questionId: 'q1', value: 1 })] }],
      [],
    ],
    [
      'an answer changed after the backup',
      [
        {
          assessment: makeAssessment(),
          answers: [makeAnswer({ questionId: 'q1', value: 2, updatedAt: T0 + 200 })],
        },
      ],
      [{ kind: 'rolledBack', id: 'a1', title: makeAssessment().title, newer: 1, missing: 0 }],
    ],
    [
      'an answer the backup lacks',
      [
        {
          assessment: makeAssessment(),
          answers: [makeAnswer({ questionId: 'q1', value: 1 }), makeAnswer({ questionId: 'q2', value: 5 })],
        },
      ],
      [{ kind: 'rolledBack', id: 'a1', title: makeAssessment().title, newer: 0, missing: 1 }],
    ],
    [
      'an assessment the backup lacks',
      [
        { assessment: makeAssessment(), answers: [makeAnswer({ questionId: 'q1', value: 1 })] },
        {
          assessment: makeAssessment({ id: 'new', title: 'New' }),
          answers: [makeAnswer({ questionId: 'q1' })],
        },
      ],
      [{ kind: 'deleted', id: 'new', title: 'New', answers: 1 }],
    ],
  ])('%s', (_name, local, expected) => {
    expect(restoreImpact(local, backupOf([makeAnswer({ questionId: 'q1', value: 1 })]))).toEqual(expected);
  });
});

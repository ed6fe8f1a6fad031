import type { AnswerRecord } from '../../src/domain/assessment/answer';
import type { Assessment } from '../../src/domain/assessment/assessment';

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    title: 'National CBRN needs assessment 2026',
    country: 'KG',
    horizon: 5,
    marking: 'restricted',
    roster: [
      { id: 'moh', name: 'Ministry of Health', acronym: 'MoH', role: 'health', focalPerson: 'A. Asanova' },
      { id: 'customs', name: 'State Customs Service', acronym: 'SCS', role: 'customs', focalPerson: '' },
    ],
    questionnaire: { id: 'test-full', version: '2.1.0' },
    createdAt: T0,
    updatedAt: T0,
    example: false,
    ...overrides,
  };
}

export function makeAnswer(overrides: Partial<AnswerRecord> & { questionId: string }): AnswerRecord {
  return { assessmentId: 'a1', updatedAt: T0, author: 'A. Asanova', ...overrides };
}

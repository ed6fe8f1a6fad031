import { render } from '@testing-library/react';
import type { AnswerRecord } from '../../src/domain/assessment/answer';
import type { Agency } from '../../src/domain/assessment/assessment';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import { AnswerSession } from '../../src/features/fill/answer-session';
import { AreaForm } from '../../src/features/fill/area-form';
import { fillWords } from '../../src/features/fill/fill-words';
import { FillContext, type FillContextValue } from '../../src/features/fill/session-context';
import { initI18n } from '../../src/i18n/i18n';
import { T0 } from './assessment';

export const ROSTER: Agency[] = [
  { id: 'moh', name: 'Ministry of Health', acronym: 'MoH', role: 'health', focalPerson: '' },
  { id: 'customs', name: 'State Customs Service', acronym: 'SCS', role: 'customs', focalPerson: '' },
];

/** The fill context as the fill page provides it, in the UI language i18next is in. */
export function fillContext(session: AnswerSession, questionnaire: Questionnaire): FillContextValue {
  const i18n = initI18n();
  return {
    session,
    questionnaire,
    complete: true,
    roster: ROSTER,
    assessmentId: 'a1',
    rescue: () => Promise.resolve({ text: '{}', fileName: 'rescue.json' }),
    t: i18n.t,
    words: fillWords(i18n.t),
  };
}

/** Renders one area of a questionnaire with a real session whose writes are collected, not stored. */
export function renderArea(questionnaire: Questionnaire, areaId: string, stored: AnswerRecord[] = []) {
  initI18n();
  const saved: AnswerRecord[] = [];
  let clock = T0;
  const session = new AnswerSession({
    assessmentId: 'a1',
    index: indexQuestionnaire(questionnaire),
    validation: { agencyIds: new Set(ROSTER.map((a) => a.id)) },
    save: (records) => {
      saved.push(...records);
      return Promise.resolve({ stale: [] });
    },
    now: () => (clock += 1000),
    debounceMs: 0,
  });
  session.applyStored(stored);
  const area = questionnaire.areas.find((a) => a.id === areaId)!;
  const view = render(
    <FillContext.Provider value={fillContext(session, questionnaire)}>
      <AreaForm area={area} />
    </FillContext.Provider>,
  );
  return { ...view, session, saved };
}

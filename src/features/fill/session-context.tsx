import type { TFunction } from 'i18next';
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Agency, Assessment } from '../../domain/assessment/assessment';
import { carriedAnswers } from '../../domain/assessment/reassess';
import type { AnswerSession } from './answer-session';
import type { FillWords } from './fill-words';

export interface FillContextValue {
  session: AnswerSession;
  /** As far as read: the areas not read yet have no items (see openForArea) until `complete`. */
  questionnaire: Questionnaire;
  complete: boolean;
  roster: Agency[];
  assessmentId: string;
  /** A file of every answer as this page knows it, for when storage fails. */
  rescue: () => Promise<{ text: string; fileName: string }>;
  /** For an assessment moved from an earlier version: what is new, and what was not carried. */
  moved?: MovedNotes;
  /** When the user shows only their agency's questions: those questions. */
  only?: ReadonlySet<string>;
  /** For a re-assessment: the answers carried from the earlier one, until confirmed or changed. */
  carried?: CarriedNotes;
  /** The UI's translations, read once for the whole area (see fill-words.ts). */
  t: TFunction;
  words: FillWords;
}

type SetAside = NonNullable<Assessment['movedFrom']>['setAside'][number];

export interface MovedNotes {
  version: string;
  fresh: ReadonlySet<string>;
  /** Answers of the earlier version kept aside, under each question that replaces them. */
  setAsideBy: ReadonlyMap<string, SetAside[]>;
}

export function movedNotes(assessment: Assessment): MovedNotes | undefined {
  const from = assessment.movedFrom;
  if (!from) return undefined;
  const setAsideBy = new Map<string, SetAside[]>();
  for (const s of from.setAside)
    for (const id of s.by ?? []) setAsideBy.set(id, [...(setAsideBy.get(id) ?? []), s]);
  return { version: from.version, fresh: new Set(from.fresh), setAsideBy };
}

export interface CarriedNotes {
  /** "From the assessment of <day>: confirm or change it", in the UI's language. */
  label: string;
  /** Whether an answer, last changed then, is still as carried (see domain carriedAnswers). */
  isCarried: (questionId: string, updatedAt: number | undefined) => boolean;
}

export function carriedNotes(
  assessment: Assessment,
  label: (day: string) => string,
): CarriedNotes | undefined {
  const from = assessment.reassessmentOf;
  return from && { label: label(from.day), isCarried: carriedAnswers(from) };
}

export const FillContext = createContext<FillContextValue | null>(null);

export function useFill(): FillContextValue {
  const value = useContext(FillContext);
  if (!value) throw new Error('useFill outside FillContext');
  return value;
}

/** Re-renders only when the selected value changes (selectors must return primitives). */
export function useSessionValue<T extends string | number | boolean | undefined>(
  select: (s: AnswerSession) => T,
): T {
  const { session } = useFill();
  return useSyncExternalStore(session.subscribe, () => select(session));
}

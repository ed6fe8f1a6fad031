import { z } from 'zod';
import type { Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { isAnswered, type AnswerMap } from './answer';

/** An area, or a single question, given to one agency of the roster to answer, by a day if set. */
export const assignmentSchema = z
  .strictObject({
    agencyId: z.string().min(1).max(200),
    areaId: z.string().min(1).max(200).optional(),
    questionId: z.string().min(1).max(200).optional(),
    due: z.iso.date({ error: 'a date is written YYYY-MM-DD' }).optional(),
  })
  .refine((a) => (a.areaId === undefined) !== (a.questionId === undefined), {
    message: 'an assignment names an area or a question, not both',
  });
export type Assignment = z.infer<typeof assignmentSchema>;

export interface AgencyProgress {
  agencyId: string;
  /** Questions assigned that are shown (conditions may hide some), and how many are answered. */
  assigned: number;
  answered: number;
  /** The earliest due day of its assignments not yet complete, if any. */
  due?: string;
  /** Some assignment is past its due day and not complete. */
  overdue: boolean;
  areaIds: string[];
}

export interface OverdueAssignment {
  assignment: Assignment;
  open: number;
}

/** The question ids of each assignment (an area's: its questions, in order). */
function questionsOf(index: QuestionnaireIndex, a: Assignment): string[] {
  if (a.questionId) return index.byId.has(a.questionId) ? [a.questionId] : [];
  return index.questions.filter((e) => e.area.id === a.areaId).map((e) => e.question.id);
}

/** The questions assigned to one agency (by its areas and single questions). */
export function assignedTo(index: QuestionnaireIndex, assignments: readonly Assignment[], agencyId: string) {
  return new Set(assignments.filter((a) => a.agencyId === agencyId).flatMap((a) => questionsOf(index, a)));
}

/**
 * How far each agency of the roster is with what it was given, and the assignments past their due
 * day with questions still open. `today` ("YYYY-MM-DD") is an argument. Pure.
 */
export function assignmentProgress(
  index: QuestionnaireIndex,
  visibility: Visibility,
  answers: AnswerMap,
  assignments: readonly Assignment[],
  roster: readonly { id: string }[],
  today: string,
): { agencies: AgencyProgress[]; overdue: OverdueAssignment[] } {
  const overdue: OverdueAssignment[] = [];
  const agencies = roster.flatMap((agency): AgencyProgress[] => {
    const mine = assignments.filter((a) => a.agencyId === agency.id);
    if (mine.length === 0) return [];
    let assigned = 0;
    let answered = 0;
    let due: string | undefined;
    const seen = new Set<string>();
    for (const a of mine) {
      const shown = questionsOf(index, a).filter((id) => visibility.questions.has(id));
      const open = shown.filter((id) => !isAnswered(answers.get(id))).length;
      for (const id of shown)
        if (!seen.has(id)) {
          seen.add(id);
          assigned++;
          if (isAnswered(answers.get(id))) answered++;
        }
      if (open > 0 && a.due) {
        if (due === undefined || a.due < due) due = a.due;
        if (a.due < today) overdue.push({ assignment: a, open });
      }
    }
    const areaIds = [
      ...new Set(
        mine.map((a) => a.areaId ?? index.byId.get(a.questionId!)?.area.id).filter((x) => x !== undefined),
      ),
    ];
    return [
      {
        agencyId: agency.id,
        assigned,
        answered,
        ...(due !== undefined && { due }),
        overdue: overdue.some((o) => o.assignment.agencyId === agency.id),
        areaIds,
      },
    ];
  });
  return { agencies, overdue: overdue.sort((a, b) => a.assignment.due!.localeCompare(b.assignment.due!)) };
}

/** The roster agency a person's "agency" setting names (its acronym, name or id, in any case), if any. */
export function agencyNamed<T extends { id: string; name: string; acronym: string }>(
  roster: readonly T[],
  named: string | undefined,
): T | undefined {
  const key = named?.trim().toLocaleLowerCase();
  if (!key) return undefined;
  return roster.find((a) => [a.acronym, a.name, a.id].some((x) => x.trim().toLocaleLowerCase() === key));
}

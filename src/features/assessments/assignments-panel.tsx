import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { assignmentProgress, type Assignment } from '../../domain/assessment/assignments';
import { computeVisibility } from '../../domain/conditions/visibility';
import { usableAnswers } from '../../domain/validation/record-gate';
import { formatIsoDate } from '../../i18n/format';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { today } from '../../services/today';
import { useLive } from '../../storage/store';
import { AssessmentGate } from '../../ui/assessment-gate';
import { DateField } from '../../ui/date-field';
import { useStore } from '../../ui/store-context';
import { useText } from '../../ui/use-text';

/** The coordinator gives areas (and single questions) to agencies of the roster, and follows their progress. */
type Status = { ok: boolean; text: string } | undefined;

export function AssignmentsPanel({ assessmentId }: { assessmentId: string }) {
  // Outside the keyed form, so that "saved" outlives the new form made from what was saved.
  const [status, setStatus] = useState<Status>();
  return (
    <AssessmentGate assessmentId={assessmentId}>
      {(assessment, available) => (
        <Assignments
          // Shows what is stored whenever it changes (here or in another tab).
          key={JSON.stringify(assessment.assignments ?? [])}
          assessment={assessment}
          available={available}
          status={status}
          setStatus={setStatus}
        />
      )}
    </AssessmentGate>
  );
}

function Assignments({
  assessment,
  available,
  status,
  setStatus,
}: {
  assessment: Assessment;
  available: AvailableQuestionnaire;
  status: Status;
  setStatus: (status: Status) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const store = useStore();
  const text = useText(available.questionnaire.defaultLanguage);
  const records = useLive(() => store.answers.list(assessment.id), [store, assessment.id]);
  const [draft, setDraft] = useState<Assignment[]>(assessment.assignments ?? []);
  const [pick, setPick] = useState({ questionId: '', agencyId: '' });
  const { questionnaire, index } = available;
  const agencyName = (id: string) => {
    const a = assessment.roster.find((x) => x.id === id);
    return a ? (a.acronym ? `${a.acronym} — ${a.name}` : a.name) : id;
  };
  const areaAssignment = (areaId: string) => draft.find((a) => a.areaId === areaId);
  const setArea = (areaId: string, patch: Partial<Assignment> | null) => {
    const others = draft.filter((a) => a.areaId !== areaId);
    const current = areaAssignment(areaId);
    if (patch === null) return setDraft(others);
    const next = { ...current, ...patch, areaId } as Assignment;
    setDraft(next.agencyId ? [...others, next] : others);
    setStatus(undefined);
  };
  const questions = draft.filter((a) => a.questionId);
  const progress =
    records &&
    (() => {
      const answers = new Map(usableAnswers(records, assessment, index).usable.map((r) => [r.questionId, r]));
      return assignmentProgress(
        index,
        computeVisibility(index, answers),
        answers,
        assessment.assignments ?? [],
        assessment.roster,
        today(),
      );
    })();
  const labelOf = (a: Assignment) => {
    if (a.areaId) {
      const area = questionnaire.areas.find((x) => x.id === a.areaId);
      return area ? `${area.code ?? ''} ${text(area.title)}`.trim() : a.areaId;
    }
    const q = index.byId.get(a.questionId!)?.question;
    return q ? `${q.code ?? q.id} ${text(q.title)}` : a.questionId!;
  };

  return (
    <section className="assignments" aria-labelledby="assignments-heading">
      <h3 id="assignments-heading">{t('assign.heading')}</h3>
      <p className="muted">{t('assign.help')}</p>
      {assessment.roster.length === 0 ? (
        <p>{t('assign.noRoster')}</p>
      ) : (
        <>
          <table className="data-table">
            <caption>{t('assign.byArea')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assign.area')}</th>
                <th scope="col">{t('assign.agency')}</th>
                <th scope="col">{t('assign.due')}</th>
              </tr>
            </thead>
            <tbody>
              {questionnaire.areas.map((area) => {
                const current = areaAssignment(area.id);
                const label = `${area.code ?? ''} ${text(area.title)}`.trim();
                return (
                  <tr key={area.id}>
                    <th scope="row">{label}</th>
                    <td>
                      <select
                        aria-label={t('assign.agencyOf', { area: label })}
                        value={current?.agencyId ?? ''}
                        onChange={(e) =>
                          e.target.value
                            ? setArea(area.id, { agencyId: e.target.value })
                            : setArea(area.id, null)
                        }
                      >
                        <option value="">{t('assign.nobody')}</option>
                        {assessment.roster.map((a) => (
                          <option key={a.id} value={a.id}>
                            {agencyName(a.id)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {current && (
                        <DateField
                          value={current.due}
                          onChange={(due) => setArea(area.id, { due })}
                          aria-label={t('assign.dueOf', { area: label })}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <h4>{t('assign.questions')}</h4>
          {questions.length > 0 && (
            <ul>
              {questions.map((a) => (
                <li key={`${a.questionId}:${a.agencyId}`}>
                  {labelOf(a)} → {agencyName(a.agencyId)}{' '}
                  <button type="button" onClick={() => setDraft(draft.filter((x) => x !== a))}>
                    {t('assign.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="form-actions">
            <select
              aria-label={t('assign.question')}
              value={pick.questionId}
              onChange={(e) => setPick({ ...pick, questionId: e.target.value })}
            >
              <option value="">{t('assign.chooseQuestion')}</option>
              {index.questions.map((e) => (
                <option key={e.question.id} value={e.question.id}>
                  {`${e.question.code ?? e.question.id} ${text(e.question.title)}`.slice(0, 110)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('assign.questionAgency')}
              value={pick.agencyId}
              onChange={(e) => setPick({ ...pick, agencyId: e.target.value })}
            >
              <option value="">{t('assign.chooseAgency')}</option>
              {assessment.roster.map((a) => (
                <option key={a.id} value={a.id}>
                  {agencyName(a.id)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!pick.questionId || !pick.agencyId}
              onClick={() => {
                setDraft([...draft, { questionId: pick.questionId, agencyId: pick.agencyId }]);
                setPick({ questionId: '', agencyId: '' });
              }}
            >
              {t('assign.add')}
            </button>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                void store.assessments.setAssignments(assessment.id, draft, Date.now()).then(
                  () => setStatus({ ok: true, text: t('assign.saved') }),
                  (error: unknown) =>
                    setStatus({
                      ok: false,
                      text: t('assign.failed', {
                        reason: error instanceof Error ? error.message : String(error),
                      }),
                    }),
                )
              }
            >
              {t('assign.save')}
            </button>
            {status && (
              <span className={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
                {status.text}
              </span>
            )}
          </div>
        </>
      )}

      {progress && progress.agencies.length > 0 && (
        <table className="data-table" data-testid="assignment-progress">
          <caption>{t('assign.progress')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assign.agency')}</th>
              <th scope="col">{t('assign.areas')}</th>
              <th scope="col">{t('assign.answered')}</th>
              <th scope="col">{t('assign.due')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.agencies.map((p) => (
              <tr key={p.agencyId}>
                <th scope="row">{agencyName(p.agencyId)}</th>
                <td>
                  {p.areaIds.map((id) => questionnaire.areas.find((a) => a.id === id)?.code ?? id).join(', ')}
                </td>
                <td>{t('assign.answeredOf', { answered: p.answered, assigned: p.assigned })}</td>
                <td>
                  {p.due ? formatIsoDate(p.due, language) : '—'}
                  {p.overdue && <span className="tag tag-overdue">{t('assign.overdueTag')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {progress && progress.overdue.length > 0 && (
        <div className="warning-box" data-testid="overdue-assignments">
          <p>{t('assign.overdueHeading')}</p>
          <ul>
            {progress.overdue.map((o) => (
              <li key={`${o.assignment.agencyId}:${o.assignment.areaId ?? o.assignment.questionId}`}>
                {t('assign.overdueItem', {
                  agency: agencyName(o.assignment.agencyId),
                  what: labelOf(o.assignment),
                  date: formatIsoDate(o.assignment.due!, language),
                  open: o.open,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

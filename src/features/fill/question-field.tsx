import { memo, useId, useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { isAnswered, type AnswerState, type SpecialAnswer } from '../../domain/assessment/answer';
import type { Question } from '../../domain/questionnaire/schema';
import { QuestionnaireText } from '../../ui/questionnaire-text';
import { useText } from '../../ui/use-text';
import { issuesOf, type AreaValues } from './answer-resolver';
import { fieldName } from './field-names';
import { QuestionInput } from './question-input';
import { useFill, useSessionValue } from './session-context';
import { AnswerHistory } from './answer-history';
import { useIssueText } from './use-issue-text';

/**
 * One question: its title, guidance, input, "don't know"/"not applicable", comment and evidence, and
 * errors. Memoised: the form re-renders as a whole when its own state changes (e.g. once it is ready),
 * and a hundred questions must not re-render with it; each follows its own field.
 */
export const QuestionField = memo(function QuestionField({
  question,
  control,
}: {
  question: Question;
  control: Control<AreaValues>;
}) {
  const { questionnaire, words, moved, carried, t, session, only } = useFill();
  const text = useText(questionnaire.defaultLanguage);
  const visible = useSessionValue((s) => s.visibility().questions.has(question.id));
  // A carried answer of a re-assessment, until someone confirms or changes it (a newer record).
  const fromEarlier = useSessionValue(
    (s) => carried?.isCarried(question.id, s.stampOf(question.id)) ?? false,
  );
  const { field, fieldState } = useController({ name: fieldName(question.id), control });
  const [showGuidance, setShowGuidance] = useState(false);
  const uid = useId();
  const issueText = useIssueText();
  if (!visible || (only && !only.has(question.id))) return null;

  const state: AnswerState = field.value ?? {};
  const update = (patch: Partial<AnswerState>) => field.onChange({ ...state, ...patch });
  const issues =
    fieldState.isDirty || fieldState.isTouched || fieldState.error ? issuesOf(fieldState.error) : [];
  const required = question.validation.some((r) => r.rule === 'required');
  const ids = { title: `${uid}-title`, hint: `${uid}-hint`, errors: `${uid}-errors` };
  const describedBy =
    [question.hint && ids.hint, issues.length > 0 && ids.errors].filter(Boolean).join(' ') || undefined;
  const columnTitle = (columnId?: string) => {
    if (question.kind !== 'table' || !columnId) return columnId;
    const column = question.columns.find((c) => c.id === columnId);
    return column ? text(column.title) : columnId;
  };
  const specials: SpecialAnswer[] = [
    ...(question.allowDontKnow ? ['dontKnow' as const] : []),
    ...(question.allowNotApplicable ? ['notApplicable' as const] : []),
  ];
  const hasGuidance = Boolean(question.guidance) || question.references.length > 0;

  return (
    <section
      id={`q-${question.id}`}
      className={`question${issues.length ? ' has-issues' : ''}`}
      tabIndex={-1}
      aria-labelledby={ids.title}
    >
      <h3 id={ids.title} className="question-title">
        {question.code && <span className="code">{question.code}</span>}{' '}
        <QuestionnaireText text={question.title} defaultLanguage={questionnaire.defaultLanguage} />
        {required && (
          <span className="required" aria-label={words.required}>
            {' '}
            *
          </span>
        )}
        {moved?.fresh.has(question.id) && !isAnswered(state) && (
          <span className="tag tag-new" data-testid="new-question">
            {t('move.newTag', { version: questionnaire.version })}
          </span>
        )}
      </h3>
      {fromEarlier && carried && (
        <p className="note carried" data-testid="carried-answer">
          {carried.label}{' '}
          <button type="button" onClick={() => session.set(question.id, state)}>
            {t('reassess.confirm')}
          </button>
        </p>
      )}
      {moved?.setAsideBy.get(question.id)?.map((s) => (
        <p key={s.questionId} className="note" data-testid="set-aside-answer">
          {t('move.earlierAnswer', {
            version: moved.version,
            question: s.questionId,
            value: s.special ? t(`fill.special.${s.special}`) : JSON.stringify(s.value ?? null),
          })}
          {s.comment ? ` — ${s.comment}` : ''}
        </p>
      ))}
      {question.hint && (
        <p id={ids.hint} className="hint">
          <QuestionnaireText text={question.hint} defaultLanguage={questionnaire.defaultLanguage} />
        </p>
      )}
      {question.kind === 'capacity' && questionnaire.capacityRule && (
        <p className="hint rating-rule">
          <QuestionnaireText
            text={questionnaire.capacityRule}
            defaultLanguage={questionnaire.defaultLanguage}
          />
        </p>
      )}
      {hasGuidance && (
        <>
          <button
            type="button"
            className="link-button"
            aria-expanded={showGuidance}
            onClick={() => setShowGuidance(!showGuidance)}
          >
            {showGuidance ? words.hideGuidance : words.showGuidance}
          </button>
          {showGuidance && (
            <div className="guidance">
              {question.guidance && (
                <QuestionnaireText text={question.guidance} defaultLanguage={questionnaire.defaultLanguage} />
              )}
              {question.references.length > 0 && (
                <p className="references">
                  {words.references}: {question.references.map((r) => `${r.framework} ${r.code}`).join(' · ')}
                </p>
              )}
            </div>
          )}
        </>
      )}
      <QuestionInput
        question={question}
        value={state.value}
        onChange={(value) => update({ value })}
        disabled={state.special !== undefined}
        labelId={ids.title}
        describedBy={describedBy}
        invalid={issues.length > 0}
      />
      {specials.length > 0 && (
        <div className="specials">
          {specials.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={state.special === s}
                onChange={(e) => update({ special: e.target.checked ? s : undefined })}
              />{' '}
              {words.special[s]}
            </label>
          ))}
        </div>
      )}
      {issues.length > 0 && (
        <div id={ids.errors} role="alert">
          <ul className="field-errors">
            {issues.map((issue, i) => (
              <li key={i}>{issueText(issue, columnTitle(issue.column))}</li>
            ))}
          </ul>
        </div>
      )}
      <Notes state={state} update={update} onBlur={field.onBlur} />
      <AnswerHistory question={question} onRestore={(earlier) => field.onChange(earlier)} />
    </section>
  );
});

function Notes({
  state,
  update,
  onBlur,
}: {
  state: AnswerState;
  update: (p: Partial<AnswerState>) => void;
  onBlur: () => void;
}) {
  const { words } = useFill();
  // Closed notes hold no fields: most stay closed, and a hundred questions need not carry 200 text boxes.
  const [open, setOpen] = useState(Boolean(state.comment || state.evidence));
  const count = Number(Boolean(state.comment)) + Number(Boolean(state.evidence));
  return (
    <details className="notes" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{words.notes[count]}</summary>
      {open && (
        <>
          <label>
            {words.comment}
            <textarea
              rows={2}
              value={state.comment ?? ''}
              onBlur={onBlur}
              onChange={(e) => update({ comment: e.target.value || undefined })}
            />
          </label>
          <label>
            {words.evidence}
            <textarea
              rows={2}
              value={state.evidence ?? ''}
              placeholder={words.evidencePlaceholder}
              onBlur={onBlur}
              onChange={(e) => update({ evidence: e.target.value || undefined })}
            />
          </label>
        </>
      )}
    </details>
  );
}

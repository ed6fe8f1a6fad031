import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Area, Group, Question } from '../../domain/questionnaire/schema';
import { QuestionnaireText } from '../../ui/questionnaire-text';
import { answerResolver, type AreaValues } from './answer-resolver';
import { fieldName, questionIdOf } from './field-names';
import { MARKS } from './performance-marks';
import { QuestionField } from './question-field';
import { useFill, useSessionValue } from './session-context';
import { today } from '../../services/today';

export function areaQuestions(area: Area): Question[] {
  return area.items.flatMap((item) => (item.kind === 'group' ? item.questions : [item]));
}

/**
 * One area as one react-hook-form form. Each question subscribes to its own field, so typing in one
 * re-renders that question only; every change goes to the answer session, which saves it.
 */
export function AreaForm({ area }: { area: Area }) {
  const { t } = useTranslation();
  const { session, roster, questionnaire } = useFill();
  const questions = useMemo(() => areaQuestions(area), [area]);
  const agencyIds = useMemo(() => new Set(roster.map((a) => a.id)), [roster]);
  const form = useForm<AreaValues>({
    defaultValues: Object.fromEntries(questions.map((q) => [fieldName(q.id), session.get(q.id)])),
    mode: 'onChange',
    criteriaMode: 'all',
    resolver: answerResolver(
      questions,
      (id) => session.visibility().questions.has(id),
      () => ({ agencyIds, today: today() }),
    ),
  });
  const [checked, setChecked] = useState<{ problems: number; first?: string }>();
  /** Shows every problem of the area at its question, says how many, and goes to the first. */
  const check = async () => {
    await form.trigger();
    const problems = session.progress().outstanding.filter((o) => o.areaId === area.id);
    setChecked({ problems: problems.length, first: problems[0]?.questionId });
    const first = problems[0] && document.getElementById(`q-${problems[0].questionId}`);
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    }
  };
  const applying = useRef(false);
  useLayoutEffect(() => void performance.mark(MARKS.areaShown, { detail: area.id }), [area.id]);

  // Every change of a field goes to the session (subscribe, not watch: it re-renders nothing).
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          if (!name || applying.current) return;
          const field = name.split('.')[0]!;
          session.set(questionIdOf(field), values[field] ?? {});
        },
      }),
    [form, session],
  );

  useEffect(
    () =>
      session.onExternalChange((id, state) => {
        if (!questions.some((q) => q.id === id)) return;
        applying.current = true;
        form.setValue(fieldName(id), state);
        applying.current = false;
      }),
    [form, session, questions],
  );

  return (
    <form className="area-form" aria-labelledby="area-title" onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id="area-title" tabIndex={-1}>
        {area.code && <span className="code">{area.code}</span>}{' '}
        <QuestionnaireText text={area.title} defaultLanguage={questionnaire.defaultLanguage} />
      </h2>
      {area.description && (
        <p className="area-description">
          <QuestionnaireText text={area.description} defaultLanguage={questionnaire.defaultLanguage} />
        </p>
      )}
      <div className="area-check">
        <button type="button" onClick={() => void check()}>
          {t('fill.checkArea')}
        </button>
        <span role="status" className={checked?.problems ? 'warning' : 'ok'}>
          {checked &&
            (checked.problems === 0
              ? t('fill.areaClear')
              : t('fill.areaProblems', { count: checked.problems }))}
        </span>
      </div>
      {area.items.map((item) =>
        item.kind === 'group' ? (
          <GroupSection key={item.id} group={item} control={form.control} />
        ) : (
          <QuestionField key={item.id} question={item} control={form.control} />
        ),
      )}
    </form>
  );
}

function GroupSection({ group, control }: { group: Group; control: Control<AreaValues> }) {
  const { questionnaire } = useFill();
  const visible = useSessionValue((s) => s.visibility().containers.has(group.id));
  if (!visible) return null;
  return (
    <section className="group" aria-labelledby={`g-${group.id}`}>
      <h3 id={`g-${group.id}`} className="group-title">
        <QuestionnaireText text={group.title} defaultLanguage={questionnaire.defaultLanguage} />
      </h3>
      {group.description && (
        <p className="muted">
          <QuestionnaireText text={group.description} defaultLanguage={questionnaire.defaultLanguage} />
        </p>
      )}
      {group.questions.map((q) => (
        <QuestionField key={q.id} question={q} control={control} />
      ))}
    </section>
  );
}

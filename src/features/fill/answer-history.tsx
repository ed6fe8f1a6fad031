import { useState } from 'react';
import type { AnswerState } from '../../domain/assessment/answer';
import { formatAnswer } from '../../domain/assessment/format-answer';
import type { Question } from '../../domain/questionnaire/schema';
import { formatDateTime } from '../../i18n/format';
import { usePromise } from '../../ui/use-promise';
import { useStore } from '../../ui/store-context';
import { useUiLanguage } from '../../ui/ui-language';
import { useText } from '../../ui/use-text';
import { useFill } from './session-context';

/**
 * A question's earlier values on this device (kept when a later value replaced them), each with who
 * gave it and when; going back to one makes it the answer again, as a new edit (so nothing is lost:
 * the value it replaces becomes an earlier value in its turn). Read only when opened.
 */
export function AnswerHistory({
  question,
  onRestore,
}: {
  question: Question;
  onRestore: (state: AnswerState) => void;
}) {
  const { t, questionnaire, roster, assessmentId } = useFill();
  const [open, setOpen] = useState(false);
  return (
    <details className="history" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('history.summary')}</summary>
      {open && (
        <EarlierValues
          question={question}
          assessmentId={assessmentId}
          onRestore={onRestore}
          words={{
            t: (key, values) => t(key, values),
            agency: (id) =>
              roster.find((a) => a.id === id)?.acronym || roster.find((a) => a.id === id)?.name || (id ?? ''),
          }}
          defaultLanguage={questionnaire.defaultLanguage}
        />
      )}
    </details>
  );
}

function EarlierValues({
  question,
  assessmentId,
  onRestore,
  words,
  defaultLanguage,
}: {
  question: Question;
  assessmentId: string;
  onRestore: (state: AnswerState) => void;
  words: {
    t: (key: string, values?: Record<string, unknown>) => string;
    agency: (id: string | null | undefined) => string;
  };
  defaultLanguage: string;
}) {
  const store = useStore();
  const language = useUiLanguage();
  const text = useText(defaultLanguage);
  const [restored, setRestored] = useState(0);
  const earlier = usePromise(
    () => store.answers.history(assessmentId, question.id),
    [assessmentId, question.id, restored],
  );
  const { t } = words;
  if (earlier.status === 'pending') return <p role="status">{t('common.loading')}</p>;
  if (earlier.status === 'error')
    return (
      <p role="alert">{earlier.error instanceof Error ? earlier.error.message : String(earlier.error)}</p>
    );
  if (earlier.value.length === 0) return <p className="muted">{t('history.none')}</p>;
  const answerWords = { ...words, text: (v: Parameters<typeof text>[0] | undefined) => (v ? text(v) : '') };
  return (
    <ol className="history-list" data-testid="answer-history">
      {earlier.value.map((r) => (
        <li key={r.updatedAt}>
          <span className="history-value">{formatAnswer(answerWords, question, r)}</span>
          {r.comment && <span className="muted"> — {r.comment}</span>}
          <span className="muted">
            {' '}
            (
            {t('history.by', {
              author: r.author || t('history.unknownAuthor'),
              date: formatDateTime(r.updatedAt, language),
            })}
            )
          </span>{' '}
          <button
            type="button"
            onClick={() => {
              onRestore({ value: r.value, special: r.special, comment: r.comment, evidence: r.evidence });
              setRestored((n) => n + 1);
            }}
          >
            {t('history.restore')}
          </button>
        </li>
      ))}
    </ol>
  );
}

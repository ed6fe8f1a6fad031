import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '../domain/assessment/answer';
import type { AnswerConflict } from '../domain/exchange/merge';
import type { Question } from '../domain/questionnaire/schema';
import { resolveText } from '../domain/questionnaire/text';
import { formatDateTime } from '../i18n/format';

interface Props {
  conflicts: AnswerConflict[];
  questionOf: (id: string) => Question | undefined;
  defaultLanguage: string;
  choices: Map<string, 'local' | 'incoming'>;
  onChoose: (questionId: string, side: 'local' | 'incoming') => void;
  /** The headings of the two sides (a file merge: this device and the file). */
  sides?: { local: string; incoming: string };
}

/**
 * Both answers side by side — value, author, time — and the user's choice for each: the conflicts
 * of a file merge and of a sync.
 */
export function ConflictList({ conflicts, questionOf, defaultLanguage, choices, onChoose, sides }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const describe = (q: Question | undefined, r: AnswerRecord): string => {
    if (r.special) return t(`fill.special.${r.special}`);
    const v = r.value;
    if (v === undefined || v === '') return t('exchange.noAnswer');
    if (q && (q.kind === 'singleChoice' || q.kind === 'multipleChoice'))
      return (Array.isArray(v) ? v : [v])
        .map(
          (id) =>
            resolveText(
              q.options.find((o) => o.id === id)?.label ?? { [language]: String(id) },
              language,
              defaultLanguage,
            ).text,
        )
        .join('; ');
    if (q?.kind === 'yesPartlyNo') return t(`fill.yesPartlyNo.${String(v as string)}`);
    if (q?.kind === 'capacity') {
      const level = q.levels.find((l) => l.level === v);
      return level
        ? `${level.level} — ${resolveText(level.descriptor, language, defaultLanguage).text}`
        : JSON.stringify(v);
    }
    if (q?.kind === 'table' && Array.isArray(v)) return t('exchange.rows', { count: v.length });
    if (q?.kind === 'risk') return t('answer.risk', v as Record<string, number>);
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : JSON.stringify(v);
  };
  return (
    <table className="data-table conflicts">
      <caption>{t('exchange.conflicts', { count: conflicts.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.annexA.question')}</th>
          <th scope="col">{sides?.local ?? t('exchange.thisDevice')}</th>
          <th scope="col">{sides?.incoming ?? t('exchange.theFile')}</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c) => {
          const q = questionOf(c.questionId);
          const choice = choices.get(c.questionId) ?? c.suggested;
          const side = (which: 'local' | 'incoming', r: AnswerRecord) => (
            <td className={choice === which ? 'chosen' : undefined}>
              <label className="option">
                <input
                  type="radio"
                  name={`conflict-${c.questionId}`}
                  checked={choice === which}
                  onChange={() => onChoose(c.questionId, which)}
                />
                <span>
                  <strong>{describe(q, r)}</strong>
                  {r.comment && <span className="muted"> · {r.comment}</span>}
                  <br />
                  <span className="muted">
                    {t('exchange.byAt', {
                      author: r.author || '—',
                      date: formatDateTime(r.updatedAt, language),
                    })}
                  </span>
                </span>
              </label>
            </td>
          );
          return (
            <tr key={c.questionId}>
              <th scope="row">
                {q?.code ? `${q.code} ` : ''}
                {q ? resolveText(q.title, language, defaultLanguage).text : c.questionId}
                {c.hidden && <span className="muted"> ({t('exchange.hidden')})</span>}
              </th>
              {side('local', c.local)}
              {side('incoming', c.incoming)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIERS, type Tier } from '../../domain/scoring/config';
import type { PriorityRow } from '../../domain/scoring/prioritise';
import type { ReviewEntry } from '../../domain/scoring/review';

type NewEntry = ReviewEntry extends infer E
  ? E extends ReviewEntry
    ? Omit<E, 'id' | 'assessmentId' | 'at' | 'reviewer'>
    : never
  : never;

interface Props {
  row: PriorityRow;
  onDecide: (entry: NewEntry) => Promise<void>;
}

/** Accept, override tier or target (a reason is required), comment, mark reviewed. */
export function DecisionForm({ row, onDecide }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'tier' | 'target' | 'comment'>('tier');
  const [tier, setTier] = useState<Tier | ''>(
    row.tierOverride ? '' : row.tier === 'high' ? 'medium' : 'high',
  );
  const [target, setTarget] = useState<number>(row.explanation.target);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const id = row.questionId;

  const submit = async () => {
    setProblem(undefined);
    if (!text.trim()) {
      setProblem(t(kind === 'comment' ? 'review.commentRequired' : 'review.reasonRequired'));
      return;
    }
    if (kind === 'tier')
      await onDecide({
        kind: 'tier',
        indicatorId: id,
        from: row.tier,
        to: tier === '' ? null : tier,
        reason: text,
      });
    else if (kind === 'target')
      await onDecide({
        kind: 'target',
        indicatorId: id,
        from: row.explanation.target,
        to: target === row.explanation.computedTarget ? null : target,
        reason: text,
      });
    else await onDecide({ kind: 'comment', indicatorId: id, text });
    setText('');
  };

  return (
    <div className="decision">
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void onDecide({ kind: 'accept', indicatorId: id })}
        >
          {t('review.accept')}
        </button>
        <label className="option">
          <input
            type="checkbox"
            checked={row.reviewed}
            onChange={(e) => void onDecide({ kind: 'reviewed', indicatorId: id, reviewed: e.target.checked })}
          />{' '}
          {t('review.markReviewed')}
        </label>
      </div>
      <fieldset>
        <legend>{t('review.decide')}</legend>
        <div className="options inline">
          {(['tier', 'target', 'comment'] as const).map((k) => (
            <label key={k} className="option">
              <input type="radio" name={`kind-${id}`} checked={kind === k} onChange={() => setKind(k)} />{' '}
              {t(`review.kind.${k}`)}
            </label>
          ))}
        </div>
        {kind === 'tier' && (
          <label>
            {t('review.newTier')}
            <select value={tier} onChange={(e) => setTier(e.target.value as Tier | '')}>
              {TIERS.map((x) => (
                <option key={x} value={x}>
                  {t(`tier.${x}`)}
                </option>
              ))}
              {row.tierOverride && (
                <option value="">
                  {t('review.backToComputed', { value: t(`tier.${row.explanation.computedTier}`) })}
                </option>
              )}
            </select>
          </label>
        )}
        {kind === 'target' && (
          <label>
            {t('review.newTarget')}
            <select value={target} onChange={(e) => setTarget(Number(e.target.value))}>
              {[1, 2, 3, 4, 5].map((level) => (
                <option key={level} value={level}>
                  {level}
                  {level === row.explanation.computedTarget ? ` (${t('review.computed')})` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t(kind === 'comment' ? 'review.comment' : 'review.reason')}
          <textarea
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={Boolean(problem)}
          />
        </label>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="button" onClick={() => void submit()}>
          {t(kind === 'comment' ? 'review.addComment' : 'review.saveDecision')}
        </button>
      </fieldset>
    </div>
  );
}

export type { NewEntry };

import type { TFunction } from 'i18next';
import type { ReviewEntry } from '../domain/scoring/review';

export interface EntryNames {
  scenario: (id: string) => string;
  area: (id: string) => string;
}

/** A review decision in words (without the indicator it concerns), for the review screen and the report alike. */
export function describeReviewEntry(t: TFunction, e: ReviewEntry, names: EntryNames): string {
  const computed = t('review.computed');
  switch (e.kind) {
    case 'tier':
      return t('review.log.tier', {
        from: e.from ? t(`tier.${e.from}`) : computed,
        to: e.to ? t(`tier.${e.to}`) : computed,
        reason: e.reason,
      });
    case 'target':
      return t('review.log.target', { from: e.from ?? computed, to: e.to ?? computed, reason: e.reason });
    case 'areaTarget':
      return t('review.log.areaTarget', {
        area: names.area(e.areaId),
        from: e.from ?? computed,
        to: e.to ?? computed,
        reason: e.reason,
      });
    case 'scenarioRating': {
      const rating = (r: typeof e.from) =>
        r ? t('review.log.rating', { likelihood: r.likelihood, impact: r.impact }) : t('review.log.answered');
      return t('review.log.scenarioRating', {
        scenario: names.scenario(e.scenarioId),
        from: rating(e.from),
        to: rating(e.to),
        reason: e.reason,
      });
    }
    case 'scenarioLinks': {
      const list = (ids: string[] | null) =>
        ids ? ids.map(names.scenario).join('; ') : t('review.log.questionnaireLinks');
      return t('review.log.scenarioLinks', { from: list(e.from), to: list(e.to), reason: e.reason });
    }
    case 'comment':
      return t('review.log.comment', { text: e.text });
    case 'accept':
      return t('review.log.accept');
    case 'reviewed':
      return t(e.reviewed ? 'review.log.reviewed' : 'review.log.unreviewed');
    case 'state':
      return t('review.log.state', { from: t(`reviewState.${e.from}`), to: t(`reviewState.${e.to}`) });
    case 'config':
      return t('review.log.config', { reason: e.reason });
  }
}

import type { TFunction } from 'i18next';
import type { SpecialAnswer } from '../../domain/assessment/answer';

/** The app's words every question shows, translated once per language rather than once per question. */
export interface FillWords {
  required: string;
  showGuidance: string;
  hideGuidance: string;
  references: string;
  special: Record<SpecialAnswer, string>;
  comment: string;
  evidence: string;
  evidencePlaceholder: string;
  /** "Comment and evidence", with how many of the two are filled in (0–2). */
  notes: readonly string[];
}

export function fillWords(t: TFunction): FillWords {
  return {
    required: t('fill.required'),
    showGuidance: t('fill.showGuidance'),
    hideGuidance: t('fill.hideGuidance'),
    references: t('fill.references'),
    special: { dontKnow: t('fill.special.dontKnow'), notApplicable: t('fill.special.notApplicable') },
    comment: t('fill.comment'),
    evidence: t('fill.evidence'),
    evidencePlaceholder: t('fill.evidencePlaceholder'),
    notes: [0, 1, 2].map((count) => t('fill.notes', { count })),
  };
}

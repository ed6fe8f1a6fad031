import type { TFunction } from 'i18next';
import type { PlanAction } from '../domain/plan/build-plan';
import type { ACTION_TEXT_FIELDS } from '../domain/plan/plan-edits';
import type { Phrase } from '../domain/plan/phrase';
import { formatNumber } from '../i18n/format';

/** The mark put before a text a person wrote in another language than the document's: "[EN]". */
export const languageMark = (lang: string) => `[${lang.toUpperCase()}]`;

/** A text with the mark of its language when that is not the document's (or screen's) language. */
export function marked(text: string, lang: string | undefined, language: string): string {
  return lang && lang !== language && text ? `${languageMark(lang)} ${text}` : text;
}

/**
 * A plan phrase in this language: the app's words with their values (fractions as the language
 * writes them: 2,4), or a person's text, marked when written in the other language.
 */
export function phraseText(t: TFunction, p: Phrase, language: string): string {
  if ('text' in p) return marked(p.text, p.lang, language);
  const values = Object.fromEntries(
    Object.entries(p.values ?? {}).map(([k, v]) =>
      typeof v === 'number' && k !== 'count' && !Number.isInteger(v)
        ? [k, formatNumber(v, language, 1)]
        : [k, v],
    ),
  );
  return t(p.key, values);
}

/** One text field of an action, marked when a person wrote it in the other language. */
export function actionText(
  a: PlanAction,
  field: (typeof ACTION_TEXT_FIELDS)[number],
  language: string,
): string {
  return marked(a[field] ?? '', a.written?.[field], language);
}

/** An action's objective: the user's wording, else "raise <indicator> from level current to target". */
export function objectiveText(t: TFunction, a: PlanAction, language?: string): string {
  if (a.objective) return language ? actionText(a, 'objective', language) : a.objective;
  if (a.trace && a.indicatorTitle)
    return t('report.obj.raise', { indicator: a.indicatorTitle, from: a.trace.current, to: a.trace.target });
  return a.indicatorTitle ?? '';
}

/** The vision and mission as drafted from the profile, until the drafter writes their own. */
export function defaultVision(t: TFunction, country: string, endYear: string): string {
  return t('plan.vision.default', { country, end: endYear });
}
export function defaultMission(t: TFunction, agencies: number): string {
  return t('plan.mission.default', { count: agencies });
}

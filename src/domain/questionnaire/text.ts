import { LIMITS } from '../limits';
import { z } from 'zod';
import { own } from '../own';

/** A BCP 47-style language tag as used in questionnaire files: "en", "ru", "kk", "uz-Cyrl". */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
  error: 'must be a language code such as "en" or "ru"',
});

/**
 * Every user-visible string of a questionnaire is a map from language code to text.
 * The loader checks that it has the file's default language and warns about missing translations.
 */
export const localisedTextSchema = z
  .record(
    languageCodeSchema,
    z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(LIMITS.questionnaire.text, {
        error: `must be at most ${LIMITS.questionnaire.text} characters long`,
      }),
  )
  .describe('Text per language code, e.g. {"en": "…", "ru": "…"}');

export type LocalisedText = z.infer<typeof localisedTextSchema>;

export interface ResolvedText {
  text: string;
  /** The language the text was actually taken from. */
  language: string;
  /** True when the requested language was missing and a fallback was used. */
  fallback: boolean;
}

/**
 * Fallback rule: the requested language, then the file's default language, then the first
 * language present in the map.
 */
export function resolveText(text: LocalisedText, language: string, defaultLanguage: string): ResolvedText {
  const mine = own(text, language);
  if (mine !== undefined) return { text: mine, language, fallback: false };
  const byDefault = own(text, defaultLanguage);
  if (byDefault !== undefined) return { text: byDefault, language: defaultLanguage, fallback: true };
  const [first] = Object.entries(text);
  if (first) return { text: first[1], language: first[0], fallback: true };
  return { text: '', language, fallback: true };
}

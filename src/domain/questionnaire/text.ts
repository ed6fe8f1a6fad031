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

/** Text fields are the only plain string maps in the format; find them wherever they sit. */
const TEXT_FIELDS = new Set([
  'title',
  'hint',
  'guidance',
  'description',
  'label',
  'descriptor',
  'message',
  'unit',
  'rowLabel',
  'addRowLabel',
  'capacityRule',
  'achievement',
]);

/** Whether `value`, found under the field `key`, is one of a questionnaire's texts. */
export function isTextAt(key: string, value: unknown): value is LocalisedText {
  return (
    TEXT_FIELDS.has(key) &&
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/**
 * A copy of a questionnaire (or any part of one) whose every text keeps only the entry `resolveText`
 * picks for `language`, so that a screen showing one language holds one: what it shows, and whether
 * it is a fallback, are unchanged. Conditions are not texts and are kept as they are.
 */
export function inOneLanguage<T>(value: T, language: string, defaultLanguage: string): T {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (isTextAt(key, child)) {
        const picked = resolveText(child, language, defaultLanguage);
        out[key] = { [picked.language]: picked.text };
      } else out[key] = key === 'condition' ? child : copy(child);
    }
    return out;
  };
  return copy(value) as T;
}

import type { UserText } from './plan-edits';

/**
 * A piece of plan text as the domain knows it: either words of the app's own, named by a key and its
 * values (the UI and the document say them in their language), or a text someone wrote (or the
 * questionnaire's text in the plan's language), with the language it is in when a person wrote it.
 */
export type Phrase =
  { key: string; values?: Record<string, string | number> } | { text: string; lang?: string };

export const phrase = (key: string, values?: Record<string, string | number>): Phrase => ({ key, values });

/** A person's text if there is one, else the default phrase. */
export const written = (user: UserText | undefined, fallback: Phrase): Phrase =>
  user ? { text: user.text, lang: user.lang } : fallback;

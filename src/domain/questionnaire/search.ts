import type { AnswerState } from '../assessment/answer';
import type { QuestionnaireIndex } from './questionnaire-index';
import type { Question } from './schema';
import { resolveText, type LocalisedText } from './text';

/** What one question is found by, in one language, folded for matching. */
interface SearchEntry {
  questionId: string;
  areaId: string;
  code: string;
  title: string;
  /** Code and id, folded: the strongest match. */
  key: string;
  /** Title, folded. */
  head: string;
  /** Hint, guidance, level descriptors, options and references, folded. */
  body: string;
  /** The same as written, for the excerpt. */
  raw: string;
}

export interface SearchIndex {
  language: string;
  entries: SearchEntry[];
}

export interface SearchHit {
  questionId: string;
  areaId: string;
  code: string;
  title: string;
  /** Where the words were found. */
  field: 'code' | 'title' | 'text' | 'comment' | 'evidence';
  /** A short piece of the text around the first word found (for text, comment and evidence). */
  excerpt?: string;
}

/** Lower case, no accents, ё as е: "Ёмкость" and "емкость", "Résumé" and "resume" meet. */
export const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ё', 'е');

function questionTexts(q: Question, text: (t: LocalisedText | undefined) => string): string[] {
  const out = [text(q.hint), text(q.guidance), ...q.references.map((r) => `${r.framework} ${r.code}`)];
  if (q.kind === 'capacity') out.push(...q.levels.map((l) => text(l.descriptor)));
  if ('options' in q) out.push(...q.options.map((o) => text(o.label)));
  if (q.kind === 'table') out.push(...q.columns.map((c) => text(c.title)));
  return out;
}

/** The questionnaire's text in one language, folded once, so that each search is a scan of plain strings. Pure. */
export function buildSearchIndex(
  index: QuestionnaireIndex,
  language: string,
  defaultLanguage: string,
): SearchIndex {
  const text = (t: LocalisedText | undefined) => (t ? resolveText(t, language, defaultLanguage).text : '');
  return {
    language,
    entries: index.questions.map(({ question: q, area }) => {
      const title = text(q.title);
      const raw = questionTexts(q, text).filter(Boolean).join(' · ');
      return {
        questionId: q.id,
        areaId: area.id,
        code: q.code ?? '',
        title,
        key: fold(`${q.code ?? ''} ${q.id}`),
        head: fold(title),
        body: fold(raw),
        raw,
      };
    }),
  };
}

function excerpt(original: string, word: string): string {
  const at = fold(original).indexOf(word);
  const start = Math.max(0, at - 40);
  const end = Math.min(original.length, at + word.length + 60);
  return `${start > 0 ? '…' : ''}${original.slice(start, end).replace(/\s+/g, ' ').trim()}${end < original.length ? '…' : ''}`;
}

/**
 * Questions whose code, id, text or answer (comment and evidence) hold every word of the query, the
 * strongest matches first (code, then title, then the rest), in questionnaire order within each. Pure.
 */
export function searchQuestions(
  index: SearchIndex,
  answers: ReadonlyMap<string, AnswerState>,
  query: string,
  limit = 50,
): { hits: SearchHit[]; total: number } {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { hits: [], total: 0 };
  const ranked: [number, SearchHit][] = [];
  for (const e of index.entries) {
    const answer = answers.get(e.questionId);
    const comment = answer?.comment ?? '';
    const evidence = answer?.evidence ?? '';
    const notes = comment || evidence ? fold(`${comment}\n${evidence}`) : '';
    if (
      !words.every((w) => e.key.includes(w) || e.head.includes(w) || e.body.includes(w) || notes.includes(w))
    )
      continue;
    const base = { questionId: e.questionId, areaId: e.areaId, code: e.code, title: e.title };
    const first = words[0]!;
    if (words.every((w) => e.key.includes(w))) ranked.push([0, { ...base, field: 'code' }]);
    else if (words.every((w) => e.head.includes(w) || e.key.includes(w)))
      ranked.push([1, { ...base, field: 'title' }]);
    else if (fold(comment).includes(first))
      ranked.push([3, { ...base, field: 'comment', excerpt: excerpt(comment, first) }]);
    else if (fold(evidence).includes(first))
      ranked.push([3, { ...base, field: 'evidence', excerpt: excerpt(evidence, first) }]);
    else {
      const word = words.find((w) => e.body.includes(w)) ?? first;
      ranked.push([2, { ...base, field: 'text', excerpt: excerpt(e.raw, word) }]);
    }
  }
  // Stable: questionnaire order within each rank.
  const hits = ranked.sort((a, b) => a[0] - b[0]).map(([, h]) => h);
  return { hits: hits.slice(0, limit), total: hits.length };
}

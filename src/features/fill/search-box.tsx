import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type * as SearchCode from '../../domain/questionnaire/search';
import type { QuestionnaireIndex } from '../../domain/questionnaire/questionnaire-index';
import { useUiLanguage } from '../../ui/ui-language';
import { useFill } from './session-context';

/**
 * Search within the questionnaire and the answers (codes, ids, question text, guidance, levels,
 * options, comments, evidence) in the UI language; "/" or Ctrl+K from anywhere on the page focuses it.
 * Results link to their question. The index is built on first use and kept per language.
 */
export function SearchBox({
  index,
  hrefOf,
}: {
  index: QuestionnaireIndex;
  hrefOf: (areaId: string, questionId: string) => string;
}) {
  const { t, session, questionnaire } = useFill();
  const language = useUiLanguage();
  const [query, setQuery] = useState('');
  const [used, setUsed] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  // The search code is loaded on first use (a chunk of its own, precached): most visits never search.
  const [search, setSearch] = useState<typeof SearchCode>();
  useEffect(() => {
    if (used && !search) void import('../../domain/questionnaire/search').then(setSearch);
  }, [used, search]);
  const searchIndex = useMemo(
    () => search?.buildSearchIndex(index, language, questionnaire.defaultLanguage),
    [search, index, language, questionnaire.defaultLanguage],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if ((e.key === '/' && !typing) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const found =
    search && searchIndex && query.trim()
      ? search.searchQuestions(searchIndex, session.all(), query)
      : undefined;
  return (
    <div role="search" className="search-box">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-describedby={`${id}-status`}
        onFocus={() => setUsed(true)}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <p id={`${id}-status`} className="visually-hidden" role="status">
        {found ? t('search.found', { count: found.total }) : ''}
      </p>
      {found && (
        <div className="search-results" data-testid="search-results">
          {found.total === 0 ? (
            <p className="muted">{t('search.none', { query })}</p>
          ) : (
            <>
              {found.total > found.hits.length && (
                <p className="muted">{t('search.more', { shown: found.hits.length, total: found.total })}</p>
              )}
              <ul>
                {found.hits.map((h) => (
                  <li key={h.questionId}>
                    <a href={hrefOf(h.areaId, h.questionId)} onClick={() => setQuery('')}>
                      <strong>{h.code || h.questionId}</strong> {h.title}
                    </a>
                    {h.excerpt && (
                      <span className="muted">
                        {' '}
                        — {t(`search.in.${h.field}`)}: {h.excerpt}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}

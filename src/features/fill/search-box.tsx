import { useEffect, useId, useRef, useState } from 'react';
import type * as SearchCode from '../../domain/questionnaire/search';
import type { QuestionnaireIndex } from '../../domain/questionnaire/questionnaire-index';
import { useUiLanguage } from '../../ui/ui-language';
import { useFill } from './session-context';

/**
 * Search within the questionnaire and the answers (codes, ids, question text, guidance, levels,
 * options, comments, evidence) in the UI language; "/" or Ctrl+K from anywhere on the page focuses it.
 * Results link to their question. The search code and the questionnaire's texts (`indexIn`: the
 * fill screen holds most of them only for the areas around the one shown) are read on first use,
 * and the index built from them is kept per language.
 */
export function SearchBox({
  indexIn,
  hrefOf,
}: {
  indexIn: (language: string) => Promise<QuestionnaireIndex | undefined>;
  hrefOf: (areaId: string, questionId: string) => string;
}) {
  const { t, session, questionnaire } = useFill();
  const language = useUiLanguage();
  const [query, setQuery] = useState('');
  const [used, setUsed] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [ready, setReady] = useState<{ search: typeof SearchCode; index: SearchCode.SearchIndex }>();
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (!used) return;
    let cancelled = false;
    Promise.all([import('../../domain/questionnaire/search'), indexIn(language)])
      .then(([search, index]) => {
        if (cancelled || !index) return;
        setReady({ search, index: search.buildSearchIndex(index, language, questionnaire.defaultLanguage) });
      })
      .catch(
        (error: unknown) => !cancelled && setFailed(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      cancelled = true;
    };
  }, [used, indexIn, language, questionnaire.defaultLanguage]);
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
    ready && query.trim() ? ready.search.searchQuestions(ready.index, session.all(), query) : undefined;
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
      {failed && query.trim() && (
        <p className="search-results error" role="alert">
          {t('search.failed', { message: failed })}
        </p>
      )}
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

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area, AreaItem } from '../../domain/questionnaire/schema';
import { areaItemsIn, type OpenedForArea } from '../../services/questionnaire-registry';
import type { Store } from '../../storage/store';

/**
 * Runs `run` when the page is idle (at the latest a second after), not competing with what it is
 * drawing; jsdom and older browsers have no idle callbacks: a short timeout instead. Returns a cancel.
 */
export function whenIdle(run: () => void): () => void {
  const page: Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>> = window;
  if (page.requestIdleCallback && page.cancelIdleCallback) {
    const handle = page.requestIdleCallback(run, { timeout: 1000 });
    return () => page.cancelIdleCallback!(handle);
  }
  const handle = window.setTimeout(run, 50);
  return () => window.clearTimeout(handle);
}

/**
 * The areas whose texts the fill screen holds: the one shown, then the next and the one before it in
 * the questionnaire's order (where a person goes from there).
 */
export function areasAround(areas: readonly Pick<Area, 'id'>[], areaId: string): string[] {
  const at = areas.findIndex((a) => a.id === areaId);
  if (at < 0) return [];
  return [areas[at], areas[at + 1], areas[at - 1]].filter((a) => a !== undefined).map((a) => a.id);
}

/** An area's items with their texts, in one language (undefined: every language, as first read). */
interface Held {
  items: AreaItem[];
  language?: string;
}

/**
 * The area to show, with every text of its questions. A bare questionnaire (see `openWholeIn`) holds
 * the other areas without the texts a question shows only on its own area; those are read for the
 * area shown at once and for its neighbours when the page is idle, and let go when the user has moved
 * on. Until the shown area's texts are read (the first time it is opened), undefined. On a switch of
 * language the texts held are shown until the new ones arrive.
 */
export function useAreaTexts(
  store: Store,
  read: OpenedForArea,
  area: Area,
  language: string,
  onError: (error: unknown) => void,
  /** The area the page opened with, read with its texts in every language. */
  opening?: Area,
): Area | undefined {
  const { questionnaire, bare } = read;
  // Held outside React state: what is held changes only when a read arrives (then `arrived` moves).
  const [held] = useState(
    () =>
      new Map<string, Held>(
        opening && opening.items.length > 0 ? [[opening.id, { items: opening.items }]] : [],
      ),
  );
  const [, setArrived] = useState(0);
  const { t } = useTranslation();
  const wanted = useMemo(() => areasAround(questionnaire.areas, area.id), [questionnaire.areas, area.id]);
  const { id, version, defaultLanguage } = questionnaire;
  useEffect(() => {
    if (!bare) return;
    for (const areaId of held.keys()) if (!wanted.includes(areaId)) held.delete(areaId);
    const stale = (areaId: string) => {
      const entry = held.get(areaId);
      return !entry || (entry.language !== undefined && entry.language !== language);
    };
    let cancelled = false;
    let cancelIdle = () => {};
    const read = async (areaId: string) => {
      const items = await areaItemsIn(store, { id, version, defaultLanguage }, areaId, language);
      if (cancelled) return;
      // Its part gone from storage since the outline was read: as if the questionnaire were not here.
      if (!items) throw new Error(t('fill.questionnaireMissing', { id, version }));
      held.set(areaId, { items, language });
      setArrived((n) => n + 1);
    };
    const [shown, ...others] = wanted;
    const around = others.filter(stale);
    const aside = () =>
      around.reduce(
        (previous, areaId) =>
          previous.then(
            () =>
              new Promise<void>((resolve) => {
                if (cancelled) return resolve();
                cancelIdle = whenIdle(() => void read(areaId).then(resolve, resolve));
              }),
          ),
        Promise.resolve(),
      );
    (shown && stale(shown) ? read(shown) : Promise.resolve()).then(
      aside,
      (error: unknown) => !cancelled && onError(error),
    );
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [bare, wanted, language, store, id, version, defaultLanguage, held, onError, t]);
  const entry = bare ? held.get(area.id) : undefined;
  return useMemo(() => {
    if (!bare) return area.items.length > 0 ? area : undefined;
    return entry && { ...area, items: entry.items };
  }, [bare, area, entry]);
}

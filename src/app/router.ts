import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'edit'; assessmentId: string }
  | { name: 'fill'; assessmentId: string; areaId?: string; questionId?: string }
  | { name: 'review'; assessmentId: string }
  | { name: 'plan'; assessmentId: string }
  | { name: 'monitor'; assessmentId: string }
  | { name: 'compare'; assessmentId: string }
  | { name: 'sync'; assessmentId: string }
  | { name: 'settings' }
  | { name: 'notFound'; path: string };

/** Hash routes keep the app a set of static files that work offline from any folder. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'new' && parts.length === 1) return { name: 'new' };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'a' && parts[1]) {
    if (parts[2] === 'edit') return { name: 'edit', assessmentId: parts[1] };
    if (parts[2] === 'review' && parts.length === 3) return { name: 'review', assessmentId: parts[1] };
    if (parts[2] === 'plan' && parts.length === 3) return { name: 'plan', assessmentId: parts[1] };
    if (parts[2] === 'monitor' && parts.length === 3) return { name: 'monitor', assessmentId: parts[1] };
    if (parts[2] === 'compare' && parts.length === 3) return { name: 'compare', assessmentId: parts[1] };
    if (parts[2] === 'sync' && parts.length === 3) return { name: 'sync', assessmentId: parts[1] };
    if (parts[2] === 'fill' || parts.length === 2)
      return { name: 'fill', assessmentId: parts[1], areaId: parts[3], questionId: parts[4] };
  }
  return { name: 'notFound', path };
}

export const paths = {
  home: () => '#/',
  new: () => '#/new',
  settings: () => '#/settings',
  edit: (id: string) => `#/a/${encodeURIComponent(id)}/edit`,
  review: (id: string) => `#/a/${encodeURIComponent(id)}/review`,
  plan: (id: string) => `#/a/${encodeURIComponent(id)}/plan`,
  monitor: (id: string) => `#/a/${encodeURIComponent(id)}/monitor`,
  compare: (id: string) => `#/a/${encodeURIComponent(id)}/compare`,
  sync: (id: string) => `#/a/${encodeURIComponent(id)}/sync`,
  fill: (id: string, areaId?: string, questionId?: string) =>
    `#/a/${encodeURIComponent(id)}/fill${areaId ? `/${encodeURIComponent(areaId)}` : ''}${questionId ? `/${encodeURIComponent(questionId)}` : ''}`,
};

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}

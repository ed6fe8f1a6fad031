import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FillPage, prefetchFill } from '../features/fill/fill-page';
import { warmQuestionnaireOf } from '../services/questionnaire-registry';
import { StoreProvider } from '../ui/store-context';
import { UiLanguageProvider } from '../ui/ui-language';
import { SpaceWarning } from '../ui/space-warning';
import { ReplacedNotice } from '../ui/replaced-notice';
import { createStore, type Store } from '../storage/store';
import { loadScreenWords, loadSyncWords } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { navigate, paths, useRoute, type Route } from './router';
import { StorageGate } from './storage-gate';
import { SyncSlot } from './sync-slot';
import { UpdatePrompt } from './update-prompt';

// Each screen but filling is its own chunk: opening one loads only what it needs, and its chunk
// starts loading at once (see preload), alongside React and the database. Filling, the screen used
// most, is in the main bundle: behind a Suspense boundary React holds its first paint back.
/** A screen's chunk with the words it shows (a chunk of their own, loaded alongside). */
const withWords =
  <T,>(load: () => Promise<T>, ...words: (() => Promise<void>)[]) =>
  () =>
    Promise.all([load(), ...words.map((w) => w())]).then(([m]) => m);
const loaders = {
  home: withWords(() => import('./routes/home-route'), loadScreenWords),
  settings: withWords(() => import('./routes/settings-route'), loadScreenWords),
  assessment: withWords(() => import('../features/assessments/assessment-pages'), loadScreenWords),
  review: withWords(() => import('../features/review/review-page'), loadScreenWords),
  plan: withWords(() => import('../features/plan/plan-page'), loadScreenWords),
  monitor: withWords(() => import('../features/monitoring/monitoring-page'), loadScreenWords),
  compare: withWords(() => import('../features/compare/compare-page'), loadScreenWords),
  sync: withWords(() => import('../features/sync/sync-page'), loadScreenWords, loadSyncWords),
};
const HomeRoute = lazy(loaders.home);
const SettingsRoute = lazy(loaders.settings);
const NewAssessmentPage = lazy(() => loaders.assessment().then((m) => ({ default: m.NewAssessmentPage })));
const EditAssessmentPage = lazy(() => loaders.assessment().then((m) => ({ default: m.EditAssessmentPage })));
const ReviewPage = lazy(() => loaders.review().then((m) => ({ default: m.ReviewPage })));
const PlanPage = lazy(() => loaders.plan().then((m) => ({ default: m.PlanPage })));
const ComparePage = lazy(() => loaders.compare().then((m) => ({ default: m.ComparePage })));
const MonitoringPage = lazy(() => loaders.monitor().then((m) => ({ default: m.MonitoringPage })));
const SyncPage = lazy(() => loaders.sync().then((m) => ({ default: m.SyncPage })));

const CHUNK_OF: Record<Route['name'], keyof typeof loaders | undefined> = {
  home: 'home',
  settings: 'settings',
  new: 'assessment',
  edit: 'assessment',
  fill: undefined,
  review: 'review',
  plan: 'plan',
  monitor: 'monitor',
  compare: 'compare',
  sync: 'sync',
  notFound: undefined,
};

/** Starts loading the chunk of the screen the app opens on, and the data it will ask for. */
export function preload(route: Route, store: Store): void {
  const chunk = CHUNK_OF[route.name];
  if (chunk) void loaders[chunk]();
  if (route.name === 'fill') prefetchFill(store, route.assessmentId, route.areaId);
  if (
    route.name === 'review' ||
    route.name === 'plan' ||
    route.name === 'monitor' ||
    route.name === 'compare'
  )
    warmQuestionnaireOf(store, route.assessmentId);
}

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
      return <HomeRoute />;
    case 'new':
      return (
        <NewAssessmentPage
          onDone={(id) => navigate(paths.fill(id))}
          onCancel={() => navigate(paths.home())}
        />
      );
    case 'edit':
      return (
        <EditAssessmentPage
          assessmentId={route.assessmentId}
          fillHref={paths.fill(route.assessmentId)}
          syncHref={paths.sync(route.assessmentId)}
        />
      );
    case 'fill':
      return (
        <FillPage
          assessmentId={route.assessmentId}
          areaId={route.areaId}
          questionId={route.questionId}
          links={{
            area: (areaId, questionId) => paths.fill(route.assessmentId, areaId, questionId),
            home: paths.home(),
            edit: paths.edit(route.assessmentId),
            review: paths.review(route.assessmentId),
            plan: paths.plan(route.assessmentId),
          }}
        />
      );
    case 'review':
      return (
        <ReviewPage
          assessmentId={route.assessmentId}
          links={{
            fill: paths.fill(route.assessmentId),
            settings: paths.settings(),
            plan: paths.plan(route.assessmentId),
          }}
        />
      );
    case 'plan':
      return (
        <PlanPage
          assessmentId={route.assessmentId}
          links={{
            fill: paths.fill(route.assessmentId),
            review: paths.review(route.assessmentId),
            monitor: paths.monitor(route.assessmentId),
          }}
        />
      );
    case 'monitor':
      return (
        <MonitoringPage assessmentId={route.assessmentId} links={{ plan: paths.plan(route.assessmentId) }} />
      );
    case 'compare':
      return (
        <ComparePage
          assessmentId={route.assessmentId}
          links={{ fill: paths.fill(route.assessmentId), plan: paths.plan(route.assessmentId) }}
        />
      );
    case 'sync':
      return (
        <SyncPage
          assessmentId={route.assessmentId}
          links={{ edit: paths.edit(route.assessmentId), fill: paths.fill(route.assessmentId) }}
        />
      );
    case 'settings':
      return <SettingsRoute />;
    case 'notFound':
      return (
        <p role="alert">
          {t('app.notFound')} <a href={paths.home()}>{t('nav.assessments')}</a>
        </p>
      );
  }
}

export function App({ store: given }: { store?: Store }) {
  const { t, i18n } = useTranslation();
  const store = useMemo(() => given ?? createStore(), [given]);
  const route = useRoute();
  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
    document.title = t('app.name');
  }, [i18n.resolvedLanguage, t]);

  return (
    <StoreProvider store={store}>
      <UiLanguageProvider>
        <a
          className="skip-link"
          href="#main"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <div>
            <h1 className="app-name">
              <a href={paths.home()}>{t('app.name')}</a>
            </h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
          <nav aria-label={t('nav.main')} className="main-nav">
            <a href={paths.home()} aria-current={route.name === 'home' ? 'page' : undefined}>
              {t('nav.assessments')}
            </a>
            <a href={paths.settings()} aria-current={route.name === 'settings' ? 'page' : undefined}>
              {t('nav.settings')}
            </a>
            <LanguageSwitch />
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          <SpaceWarning backupHref={paths.settings()} />
          <StorageGate store={store}>
            {'assessmentId' in route && (
              <Suspense fallback={null}>
                <SyncSlot assessmentId={route.assessmentId} />
              </Suspense>
            )}
            <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
              <Page route={route} />
            </Suspense>
          </StorageGate>
        </main>
        <UpdatePrompt />
        <ReplacedNotice />
      </UiLanguageProvider>
    </StoreProvider>
  );
}

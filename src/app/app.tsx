import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentsPage } from '../features/assessments/assessments-page';
import { EditAssessmentPage, NewAssessmentPage } from '../features/assessments/assessment-pages';
import { BackupPanel } from '../features/exchange/backup-panel';
import { BackupReminder } from '../features/exchange/backup-reminder';
import { ExportButton } from '../features/exchange/export-button';
import { ImportPanel } from '../features/exchange/import-panel';
import { FillPage } from '../features/fill/fill-page';
import { PlanPage } from '../features/plan/plan-page';
import { ReviewPage } from '../features/review/review-page';
import { SettingsPage } from '../features/settings/settings-page';
import { StoreProvider } from '../shared/store-context';
import { createStore, type Store } from '../storage/store';
import { LanguageSwitch } from './language-switch';
import { navigate, paths, useRoute, type Route } from './router';
import { StorageGate } from './storage-gate';
import { UpdatePrompt } from './update-prompt';

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
      return (
        <AssessmentsPage
          links={{
            fill: (id) => paths.fill(id),
            edit: paths.edit,
            review: paths.review,
            plan: paths.plan,
            new: paths.new(),
          }}
          open={(id) => navigate(paths.fill(id))}
          slots={{
            top: <BackupReminder settingsHref={paths.settings()} />,
            bottom: <ImportPanel open={(id) => navigate(paths.fill(id))} />,
            cardActions: (a) => <ExportButton assessment={a} />,
          }}
        />
      );
    case 'new':
      return (
        <NewAssessmentPage
          onDone={(id) => navigate(paths.fill(id))}
          onCancel={() => navigate(paths.home())}
        />
      );
    case 'edit':
      return <EditAssessmentPage assessmentId={route.assessmentId} onDone={() => history.back()} />;
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
          links={{ fill: paths.fill(route.assessmentId), review: paths.review(route.assessmentId) }}
        />
      );
    case 'settings':
      return (
        <SettingsPage>
          <BackupPanel />
        </SettingsPage>
      );
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
        <StorageGate store={store}>
          <Page route={route} />
        </StorageGate>
      </main>
      <UpdatePrompt />
    </StoreProvider>
  );
}

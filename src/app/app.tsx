import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionnaireCatalogue } from '../features/assessments/questionnaire-catalogue';
import { loadBundledQuestionnaires } from '../shared/bundled-questionnaires';
import { LanguageSwitch } from './language-switch';
import { UpdatePrompt } from './update-prompt';

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
    document.title = t('app.name');
  }, [i18n.resolvedLanguage, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <QuestionnaireCatalogue load={loadBundledQuestionnaires} />
      </main>
      <UpdatePrompt />
    </>
  );
}

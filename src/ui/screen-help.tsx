import { useTranslation } from 'react-i18next';

export type HelpScreen =
  'home' | 'profile' | 'fill' | 'review' | 'plan' | 'monitor' | 'compare' | 'settings' | 'sync';

/** A short guide to the screen: what it is for, and what happens to the data entered here. Closed until asked for. */
export function ScreenHelp({ screen }: { screen: HelpScreen }) {
  const { t } = useTranslation();
  return (
    <details className="screen-help" data-testid="screen-help">
      <summary>{t('help.summary')}</summary>
      <p>{t(`help.${screen}.purpose`)}</p>
      <p>{t(`help.${screen}.data`)}</p>
    </details>
  );
}

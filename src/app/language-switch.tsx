import { useTranslation } from 'react-i18next';
import { setUiLanguage, UI_LANGUAGES } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      {t('app.language')}{' '}
      <select value={i18n.resolvedLanguage} onChange={(e) => void setUiLanguage(e.target.value)}>
        {UI_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

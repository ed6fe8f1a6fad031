import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A document made on request (Word, spreadsheet), offered as a link the user clicks: a download
 * started after the generation's await has lost its user gesture, and browsers block a second one as
 * "multiple automatic downloads". `busy` names the kind being made.
 */
export function useGeneratedFile() {
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [ready, setReady] = useState<{ url: string; fileName: string }>();
  useEffect(
    () => () => {
      if (ready) URL.revokeObjectURL(ready.url);
    },
    [ready],
  );
  const run = async (kind: string, make: () => Promise<{ blob: Blob; fileName: string }>) => {
    setBusy(kind);
    setFailure(undefined);
    setReady(undefined);
    try {
      const { blob, fileName } = await make();
      setReady({ url: URL.createObjectURL(blob), fileName });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, failure, ready, run };
}

/** The made file's save link (focused when it appears) and the reason when it could not be made. */
export function GeneratedFile({ state }: { state: ReturnType<typeof useGeneratedFile> }) {
  const { t } = useTranslation();
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => link.current?.focus(), [state.ready]);
  return (
    <>
      {state.ready && (
        <p role="status">
          <a ref={link} className="button primary" href={state.ready.url} download={state.ready.fileName}>
            {t('common.saveFile', { file: state.ready.fileName })}
          </a>
        </p>
      )}
      {state.failure && (
        <p className="error" role="alert">
          {t('plan.exportFailed', { message: state.failure })}
        </p>
      )}
    </>
  );
}

/** The language a document is written in, chosen apart from the screen's language. */
export function DocumentLanguage({
  name,
  value,
  onChange,
}: {
  name: string;
  value: 'en' | 'ru';
  onChange: (language: 'en' | 'ru') => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('plan.exportLanguage')}</legend>
      <div className="options inline">
        {(['en', 'ru'] as const).map((lng) => (
          <label key={lng} className="option">
            <input type="radio" name={name} checked={value === lng} onChange={() => onChange(lng)} />{' '}
            {t(`language.${lng}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A prepared file, offered as a link the user clicks (a real gesture, so browsers never block it). */
export function SaveLink({
  text,
  fileName,
  onSave,
}: {
  text: string;
  fileName: string;
  /** Called when the user saves the file. */
  onSave?: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLAnchorElement>(null);
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'application/json' })), [text]);
  useEffect(() => {
    ref.current?.focus();
    return () => URL.revokeObjectURL(url);
  }, [url]);
  return (
    <a ref={ref} className="button primary" href={url} download={fileName} onClick={onSave}>
      {t('common.saveFile', { file: fileName })}
    </a>
  );
}

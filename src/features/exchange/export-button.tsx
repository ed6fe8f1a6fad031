import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { ExportDialog } from './export-dialog';

export function ExportButton({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('exchange.export')}
      </button>
      {open && <ExportDialog assessment={assessment} onClose={() => setOpen(false)} />}
    </>
  );
}

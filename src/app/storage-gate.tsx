import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../storage/store';
import { StorageError } from '../storage/storage-error';
import { askToPersist, spaceGuard } from '../services/storage-guard';

/** Nothing is shown as if it could be saved until the database has opened. */
export function StorageGate({ store, children }: { store: Store; children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'opening' | 'open' | StorageError>('opening');
  useEffect(() => {
    store.open().then(
      () => {
        setState('open');
        spaceGuard.start();
        void askToPersist();
      },
      (error: unknown) =>
        setState(error instanceof StorageError ? error : new StorageError('failed', String(error))),
    );
  }, [store]);
  if (state === 'opening') return <p role="status">{t('common.loading')}</p>;
  if (state instanceof StorageError)
    return (
      <div className="blocking-box" role="alert" data-testid="storage-unavailable">
        <h2>{t('storage.cannotOpen')}</h2>
        <p>{t(`storage.problem.${state.problem}`)}</p>
        <p className="muted">{state.detail}</p>
      </div>
    );
  return <>{children}</>;
}

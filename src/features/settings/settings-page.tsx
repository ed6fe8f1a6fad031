import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { settingsSchema, type Settings } from '../../storage/settings-repo';
import { StoragePanel } from './storage-panel';
import { ScreenHelp } from '../../ui/screen-help';

function NamesForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<z.input<typeof settingsSchema>, unknown, Settings>({
    resolver: zodResolver(settingsSchema),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState } = form;
  const [saved, setSaved] = useState(false);
  return (
    <form
      onSubmit={(e) =>
        void handleSubmit(async (values) => {
          await store.settings.set(values);
          form.reset(values);
          setSaved(true);
        })(e)
      }
    >
      <label>
        {t('settings.authorName')}
        <input type="text" {...register('authorName')} />
        <span className="muted">{t('settings.authorHelp')}</span>
      </label>
      <label>
        {t('settings.authorAgency')}
        <input type="text" {...register('authorAgency')} />
      </label>
      <label>
        {t('settings.reviewerName')}
        <input type="text" {...register('reviewerName')} />
      </label>
      <button type="submit" className="primary" disabled={!formState.isDirty}>
        {t('common.save')}
      </button>
      {saved && !formState.isDirty && <span role="status"> {t('settings.saved')}</span>}
    </form>
  );
}

export function SettingsPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const store = useStore();
  const settings = usePromise(() => store.settings.get(), [store]);
  return (
    <>
      <section aria-labelledby="names-heading">
        <h2 id="names-heading">{t('settings.namesHeading')}</h2>
        <ScreenHelp screen="settings" />
        {settings.status === 'done' ? (
          <NamesForm initial={settings.value} />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
      <StoragePanel />
      {children}
    </>
  );
}

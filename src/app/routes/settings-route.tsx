import { BackupPanel } from '../../features/exchange/backup-panel';
import { SettingsPage } from '../../features/settings/settings-page';

/** Settings, with the backup panel plugged in. Loaded on demand. */
export default function SettingsRoute() {
  return (
    <SettingsPage>
      <BackupPanel />
    </SettingsPage>
  );
}

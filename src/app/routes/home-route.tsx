import { AssessmentsPage } from '../../features/assessments/assessments-page';
import { BackupReminder } from '../../features/exchange/backup-reminder';
import { ExportButton } from '../../features/exchange/export-button';
import { ImportPanel } from '../../features/exchange/import-panel';
import { navigate, paths } from '../router';

/** The home screen: assessments, with exchange (import, export, backup reminder) plugged in. Loaded on demand. */
export default function HomeRoute() {
  return (
    <AssessmentsPage
      links={{
        fill: (id) => paths.fill(id),
        edit: paths.edit,
        review: paths.review,
        plan: paths.plan,
        compare: paths.compare,
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
}

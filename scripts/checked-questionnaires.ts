import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as Loader from '../src/domain/questionnaire/load-questionnaire';
import type { CheckedQuestionnaireModule } from '../src/services/bundled-questionnaires';

const QUERY = '?checked';
const SUFFIX = '.checked.js';
const LOADER = fileURLToPath(new URL('../src/domain/questionnaire/load-questionnaire.ts', import.meta.url));

/**
 * Checks each bundled questionnaire file when the app is built (or served in development) rather
 * than in every browser that opens it: the module holds the outcome of the same checks an imported
 * file passes, and the validated questionnaire as JSON, so opening an assessment only parses it.
 * The checks are the app's own, run through Vite's module runner.
 */
export function checkedQuestionnaires(): Plugin {
  let loader: Promise<typeof Loader> | undefined;
  const checks = () =>
    (loader ??= runnerImport<typeof Loader>(LOADER, { configFile: false, logLevel: 'error' }).then(
      (imported) => imported.module,
    ));
  return {
    name: 'checked-questionnaires',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      // A module id of its own, so that Vite's JSON plugin does not take the output for JSON.
      return resolved && `\0${resolved.id}${SUFFIX}`;
    },
    async load(id) {
      if (!id.startsWith('\0') || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(1, -SUFFIX.length);
      this.addWatchFile(file);
      const result = (await checks()).loadQuestionnaire(readFileSync(file, 'utf8'));
      const outcome: CheckedQuestionnaireModule =
        result.status === 'failure'
          ? { status: 'failure', issues: result.issues }
          : { status: result.status, issues: result.issues, json: JSON.stringify(result.value) };
      return `export default ${JSON.stringify(outcome)};`;
    },
  };
}

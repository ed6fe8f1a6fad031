import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * How hard a passphrase is to guess (zxcvbn: 0 too guessable … 4 very unguessable), estimated by
 * zxcvbn-ts with its common-password and English dictionaries; loaded only when a passphrase is typed.
 * A file encrypted with a weak passphrase is only as safe as the passphrase.
 */
export const STRONG_ENOUGH = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

function load(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return estimator;
}

/** The passphrase's score, 0–4; the app's own words (names, agencies) count as guessable. */
export async function passphraseScore(passphrase: string, ownWords: string[] = []): Promise<number> {
  if (passphrase.trim() === '') return 0;
  return (await load()).check(passphrase, ['cbrn', 'nap', 'assessment', 'backup', ...ownWords]).score;
}

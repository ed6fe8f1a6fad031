import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const features = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// ---------- the walls between the layers (docs/architecture.md draws them) ----------

const REACT = ['react', 'react-dom', 'react-dom/*', 'react-hook-form', 'react-i18next', '@hookform/*'];
const DEXIE = ['dexie', 'dexie/*', 'dexie-react-hooks'];
const DOCUMENTS = ['docx', 'docx/*', 'write-excel-file', 'write-excel-file/*'];

/** An import pattern for a folder of src/, from anywhere (relative imports only). */
const layer = (name) => [`**/${name}`, `**/${name}/**`];
const wall = (groups, message) => ({ group: groups, message });

const DEXIE_WALL = wall(DEXIE, 'Only src/storage/ touches Dexie: use the store’s named operations.');
const APP_WALL = wall(layer('app'), 'Nothing imports src/app/: it wires the rest together.');
const FEATURES_WALL = wall(layer('features'), 'Only src/app/ composes features.');

/** Each layer and what it must not import (besides the two walls that hold everywhere). */
const LAYERS = {
  domain: [
    wall(
      [...REACT, ...DEXIE, ...DOCUMENTS, 'i18next', 'i18next-*'],
      'src/domain/ is pure: no React, Dexie, docx or i18n.',
    ),
    wall(
      ['storage', 'services', 'ui', 'features', 'report', 'i18n'].flatMap(layer),
      'src/domain/ imports only itself and zod.',
    ),
    wall(['**/package.json'], 'src/domain/ takes what it needs as arguments.'),
  ],
  services: [
    wall([...REACT, ...DOCUMENTS], 'src/services/ are application services, not UI or documents.'),
    wall(['ui', 'features'].flatMap(layer), 'src/services/ serve the UI; they do not import it.'),
  ],
  ui: [wall([...DOCUMENTS], 'src/ui/ has no document generators; they load on demand.'), FEATURES_WALL],
  report: [
    wall([...REACT], 'src/report/ renders documents, not screens.'),
    wall(
      ['storage', 'services', 'ui', 'features'].flatMap(layer),
      'src/report/ imports only the domain and i18n: the app and the command line hand it its input.',
    ),
  ],
  i18n: [
    wall(
      ['storage', 'services', 'ui', 'features', 'report'].flatMap(layer),
      'src/i18n/ is words and formats only.',
    ),
  ],
};

/** Storage may import Dexie; it imports nothing above the domain. */
const STORAGE = [
  wall([...REACT.filter((m) => m !== 'react'), ...DOCUMENTS], 'src/storage/ stores; it renders nothing.'),
  wall(
    ['services', 'ui', 'features', 'report', 'i18n'].flatMap(layer),
    'src/storage/ imports only the domain.',
  ),
  wall(['**/package.json'], 'src/storage/ is told what it needs (see CURRENT_CHECKS).'),
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: [DEXIE_WALL, APP_WALL, ...patterns] }],
});

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', '.scratch', '.bench-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too, or no cycle through them is ever seen.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: import.meta.dirname })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A value import that closes a loop fails; type-only imports are not followed by the rule
      // (they vanish at build time), so a loop through types alone is left to review.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Dexie stays in storage, and nothing imports src/app/ (main.tsx starts it).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/app/**', 'src/main.tsx'],
    rules: restrict([]),
  },
  ...Object.entries(LAYERS).map(([name, patterns]) => ({
    files: [`src/${name}/**/*.{ts,tsx}`],
    rules: restrict(patterns),
  })),
  {
    // Storage may import Dexie; it still imports nothing above the domain.
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [APP_WALL, ...STORAGE] }] },
  },
  {
    // The domain takes every input as an argument: no DOM, storage, network or clock.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'fetch',
          'HTMLElement',
          'performance',
          'crypto',
        ].map((name) => ({
          name,
          message: 'src/domain/ takes every input as an argument: no DOM, storage, network or clock.',
        })),
      ],
      // Converting a given timestamp is pure; reading the clock or chance is not.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take "now" as an argument.' },
        { object: 'Math', property: 'random', message: 'No randomness in the domain.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take "now" as an argument.',
        },
      ],
    },
  },
  // Features do not import each other; src/app/ composes them.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict([
      ...features
        .filter((other) => other !== feature)
        .map((other) =>
          wall(
            [
              `**/features/${other}`,
              `**/features/${other}/**`,
              `../${other}`,
              `../${other}/**`,
              `../../${other}/**`,
            ],
            `Features do not import each other (${feature} → ${other}); compose them in src/app/.`,
          ),
        ),
    ]),
  })),
  {
    // Tests poke at raw JSON on purpose (malformed files are the point).
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Every test runs: a focused, skipped or to-do test is a defect, not progress.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[object.name=/^(it|test|describe|suite|bench)$/][property.name=/^(only|skip|todo|skipIf|runIf)$/]',
          message: 'No .only, .skip or .todo in tests: every test runs in CI.',
        },
        {
          selector:
            'MemberExpression[object.object.name=/^(it|test|describe)$/][property.name=/^(only|skip|todo)$/]',
          message: 'No .only, .skip or .todo in tests: every test runs in CI.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

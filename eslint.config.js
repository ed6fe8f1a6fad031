import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const features = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const browserAndDbModules = [
  'react',
  'react-dom',
  'react-dom/*',
  'dexie',
  'dexie-react-hooks',
  'docx',
  'react-hook-form',
  'react-i18next',
];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', '.scratch', '.bench-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no UI, storage, document rendering or DOM.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserAndDbModules.map((name) => ({
            name,
            message: 'src/domain/ must stay pure (no React, Dexie, docx).',
          })),
          patterns: [
            {
              group: ['**/storage/**', '**/features/**', '**/app/**', '**/report/**'],
              message: 'src/domain/ imports only itself and zod.',
            },
            { group: ['react-dom/*', 'dexie/*', 'docx/*'], message: 'src/domain/ must stay pure.' },
          ],
        },
      ],
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: features
            .filter((other) => other !== feature)
            .map((other) => ({
              group: [
                `**/features/${other}`,
                `**/features/${other}/**`,
                `../${other}`,
                `../${other}/**`,
                `../../${other}/**`,
              ],
              message: `Features do not import each other (${feature} → ${other}); compose them in src/app/.`,
            })),
        },
      ],
    },
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
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

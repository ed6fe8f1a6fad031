import react from '@vitejs/plugin-react';
import { checkedQuestionnaires } from './scripts/checked-questionnaires.ts';
import { defineConfig } from 'vitest/config';

/** Names this build: kept outcomes of an earlier build's questionnaire checks are not trusted. */
const BUILD_ID = new Date().toISOString();

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [checkedQuestionnaires(), react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/component/**/*.test.tsx',
            'tests/integration/**/*.test.ts',
          ],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

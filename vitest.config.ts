import react from '@vitejs/plugin-react';
import { checkedQuestionnaires } from './scripts/checked-questionnaires.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
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

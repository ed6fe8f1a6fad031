import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the SurveyJS page the browser benchmark compares the app with. */
export default defineConfig({
  root: 'bench/browser/surveyjs',
  base: './',
  plugins: [react()],
  build: { outDir: '../../../.bench-tmp/surveyjs-dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});

import os from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Each project's temporary folders live under one folder removed at the end of the run; the run's template
 * database (migrated once) is built there too.
 */
const globalSetup = ['test/support/tempRoot.ts'];

/**
 * One worker per core. Vitest's default leaves a core to itself (cores − 1), which on the 2-core machines
 * this suite runs on means one worker and half the machine idle: the workers are what is busy.
 */
const maxWorkers = Math.max(os.availableParallelism(), 1);

/**
 * Main tests share one module graph per worker (isolate: false): importing the core and its libraries once
 * per worker instead of once per file cut the project's time by more than half. A file that replaces a
 * module (vi.mock, vi.doMock, vi.resetModules) needs a graph of its own: it is named *.isolated.test.ts and
 * runs in main-isolated (a test in test/main/suite.test.ts keeps to that).
 */
const mainTest = { environment: 'node' as const, globalSetup, testTimeout: 30_000, hookTimeout: 30_000 };
const ISOLATED = 'test/main/**/*.isolated.test.ts';

export default defineConfig({
  test: {
    maxWorkers,
    reporters: ['default', './test/support/projectTimes.ts'],
    projects: [
      {
        test: {
          ...mainTest,
          name: 'main',
          include: ['test/main/**/*.test.ts'],
          exclude: [ISOLATED],
          isolate: false,
        },
      },
      { test: { ...mainTest, name: 'main-isolated', include: [ISOLATED] } },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          globalSetup,
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          // A timeout only ends a test that is stuck; antd in jsdom on a busy shared 2-core machine needs room.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Each e2e file has its own harness (port 0), data folder and Chromium, so they run side by side;
          // after the unit projects, so the Chromiums never compete with the unit tests for the cores. A file
          // mostly waits (for Chromium to draw, for a call to come back): one and a half per core keep them busy.
          sequence: { groupOrder: 1 },
          maxWorkers: Math.ceil(maxWorkers * 1.5),
        },
      },
    ],
  },
});

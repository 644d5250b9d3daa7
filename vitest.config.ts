import { defineConfig } from 'vitest/config';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';

// Applied to the isolated D1 of every test file by test/worker/apply-migrations.ts.
const migrations = await readD1Migrations(fileURLToPath(new URL('./migrations', import.meta.url)));
const exceljsNode = fileURLToPath(new URL('./node_modules/exceljs/lib/exceljs.nodejs.js', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/worker/**', 'test/e2e/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // Headless Chromium against the real worker under `wrangler dev`; needs addin/dist (npm test builds it first).
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
          }),
        ],
        resolve: { alias: { exceljs: exceljsNode } },
        test: {
          name: 'workers',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['./worker/quiet-debuglog.ts', './test/worker/apply-migrations.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});

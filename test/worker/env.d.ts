import type { D1Migration } from 'cloudflare:test';

// Bound by vitest.config.ts for the test run only; the worker never reads it.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}

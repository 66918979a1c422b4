// What every browser test file does when its tests end.

import { after, afterEach } from 'node:test';
import assert from 'node:assert/strict';

/**
 * Closes the pages each test opened once it ends (pages left open would keep polling and load the
 * machine during later tests), and the browser and the app, which must exit cleanly, once all
 * ended. `current()` returns the {app, browser} the file's before() started.
 */
export function tearDownAfterTests(openedPages, current) {
  afterEach(async () => {
    for (const { context } of openedPages.splice(0)) await context.close().catch(() => {});
  });
  after(async () => {
    const { app, browser } = current();
    await browser?.close();
    if (app) {
      const { code, signal } = await app.stopAndCleanUp();
      assert.equal(code, 0, `boxoffice exits cleanly on SIGTERM (signal ${signal})`);
    }
  });
}

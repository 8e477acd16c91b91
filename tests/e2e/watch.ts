/** What no page may produce, collected for a test to assert empty. */
import type { Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and dialogs (an injected script would open one). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA as DESIGN §2 asks, expressed in axe's tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the current page and fails with every violation's id, impact, help text and targets, so the
 * failure message alone says what to fix.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
    return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${targets.join('\n')}`;
  });
  expect(report, `axe violations on ${screen}:\n${report.join('\n')}`).toEqual([]);
}

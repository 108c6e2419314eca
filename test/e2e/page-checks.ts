// What every browser test asks of every page (issue 18): no console error and no uncaught page error,
// and no serious or critical accessibility violation as axe-core (the engine behind most accessibility
// checkers, WCAG 2.1 A and AA rules) finds it. A test that provokes a failed request on purpose (a
// validation error, a lost connection) says which, and only that message is let through.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }

export interface PageChecks {
  /** Let console errors matching `pattern` through (a request failing on purpose). */
  allow: (pattern: RegExp) => void;
  /** Throw if any console error or page error was seen that was not allowed. */
  assertClean: () => void;
  /** Run axe-core on the page as it is now; throw on a serious or critical violation. */
  axe: (what: string) => Promise<void>;
}

export function watchPage(page: Page): PageChecks {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = `${message.text()} (${message.location().url})`;
    if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error on ${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  return {
    allow: (pattern) => { allowed.push(pattern); },
    assertClean: () => {
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
    axe: async (what) => {
      // Evaluated through the debugging protocol, not as a script tag, so a strict Content-Security-Policy does not block it.
      if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate(axeSource);
      const violations = await page.evaluate<AxeViolation[]>(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }).then((r) => r.violations)`);
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (bad.length > 0) {
        throw new Error(`axe-core on ${what} (${page.url()}):\n${bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n  ')}`).join('\n')}`);
      }
    },
  };
}

/**
 * The staff dashboards in a real browser: Debian's Chromium driven by playwright-core against
 * `alliance serve --demo` on a throwaway SQLite database, so the pages show the simulated clients'
 * computed figures. A clinician reads the caseload (sorted and filtered), a client page whose
 * charts are drawn from data, and acknowledges a safety alert; a researcher reads the cohort and
 * downloads the CSV. axe-core checks every page; screenshots go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  checkAccessibility as checkPage,
  ifChromium,
  screenshot as savePage,
  startServer,
  useBrowserSession,
  type RunningServer,
} from './browser-harness.ts';

ifChromium('runs the staff pages in Chromium', staffSuite);

interface Demo extends RunningServer {
  logins: Record<string, { email: string; password: string }>;
}

/** Starts `alliance serve --demo` on a free port; returns its address and the printed logins. */
async function startDemoServer(dbDir: string): Promise<Demo> {
  const server = await startServer(dbDir, { args: ['--demo'], timeoutMs: 120_000 });
  const logins: Demo['logins'] = {};
  for (const match of server.output.matchAll(
    /^\s+(clinician|researcher|admin)\s+(\S+)\s+password: (\S+)$/gmu,
  ))
    logins[match[1]!] = { email: match[2]!, password: match[3]! };
  return { ...server, logins };
}

function staffSuite(): void {
  let server: Demo | undefined;
  let page: Page;

  const checkAccessibility = (name: string) => checkPage(page, name);
  const screenshot = (name: string) => savePage(page, name);

  async function logIn(role: string): Promise<void> {
    const login = server!.logins[role];
    assert.ok(login, `the server printed a ${role} login`);
    await page.goto(`${server!.url}/login`);
    await page.getByLabel('Email').fill(login.email);
    await page.getByLabel('Password').fill(login.password);
    await page.getByRole('button', { name: 'Log in' }).click();
  }

  /** Whether a chart's canvas was drawn with something other than one flat colour. */
  async function chartHasInk(testId: string): Promise<boolean> {
    return (await page.evaluate(`(() => {
      const canvas = document.querySelector('[data-testid="${testId}"] canvas');
      if (!canvas || canvas.width === 0) return false;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4 * 37) colours.add(data[i] + ',' + data[i + 1] + ',' + data[i + 2] + ',' + data[i + 3]);
      return colours.size > 3;
    })()`)) as boolean;
  }

  describe('the staff dashboards in Chromium', { timeout: 300_000 }, () => {
    useBrowserSession({
      viewport: { width: 1400, height: 900 },
      start: startDemoServer,
      ready: (session) => ({ page, server } = session),
    });

    it('a clinician lands on the caseload, sorts and filters it', async () => {
      await logIn('clinician');
      await page.waitForURL(/\/staff\/caseload$/u);
      const rows = page.locator('table.caseload tbody tr');
      await rows.first().waitFor();
      const all = await rows.count();
      assert.equal(all, 8, 'the eight simulated clients');
      // Every alliance figure on the page comes from the server's computation.
      const cells = await page.locator('table.caseload .score-number').allInnerTexts();
      assert.ok(cells.length >= 8 * 5 - 5 && cells.every((t) => /^\d+$/u.test(t)));
      await checkAccessibility('caseload');
      await screenshot('staff-01-caseload');

      const overall = page.getByRole('columnheader', { name: /Overall/u });
      await overall.getByRole('button').click();
      assert.equal(await overall.getAttribute('aria-sort'), 'descending');
      const scores = (
        await page
          .locator('table.caseload tbody tr td:nth-of-type(6) .score-number')
          .allInnerTexts()
      ).map(Number);
      assert.deepEqual(
        scores,
        [...scores].sort((a, b) => b - a),
      );

      await page.getByLabel('Only clients with alerts to acknowledge').check();
      const flagged = await rows.count();
      assert.ok(flagged >= 1 && flagged < all);
      await page.getByLabel('Only clients with alerts to acknowledge').uncheck();
      await page.getByLabel('Find a client').fill('Kit');
      assert.equal(await rows.count(), 1);
      await page.getByLabel('Find a client').fill('');
    });

    it('the client page draws alliance, ruptures and outcome charts from data, and annotates the transcript', async () => {
      await page.getByRole('link', { name: 'Kit', exact: true }).click();
      await page.waitForURL(/\/staff\/clients\/acct_/u);
      await page.getByRole('heading', { name: 'Kit', level: 1 }).waitFor();
      for (const id of ['alliance-chart', 'phq9-chart', 'gad7-chart']) {
        await page.locator(`[data-testid="${id}"] canvas`).first().waitFor();
        assert.ok(await chartHasInk(id), `${id} has something drawn`);
      }
      const summary = await page
        .locator('[data-testid="alliance-chart"] .chart-summary')
        .innerText();
      assert.match(summary, /went from \d+ to \d+/u);
      const phq9 = await page.locator('[data-testid="phq9-chart"] .chart-summary').innerText();
      assert.match(phq9, /reliable deterioration/u, 'Kit’s PHQ-9 rises reliably');
      const ruptures = await page
        .locator(
          '[data-testid="rupture-timeline"] svg circle, [data-testid="rupture-timeline"] svg rect[transform]',
        )
        .count();
      assert.ok(ruptures > 0, 'ruptures are on the timeline');
      const turns = page.locator('.turns .turn');
      await turns.first().waitFor();
      assert.ok((await turns.count()) > 5);
      const agentTurn = page.locator('.turns .turn-agent').first();
      assert.match(await agentTurn.innerText(), /Empathy/u);
      assert.match(await page.locator('.turns .turn-client').first().innerText(), /Talk/u);
      // What each turn did to the index, and a filter down to the turns that strain it.
      assert.ok((await page.locator('.turns .evidence-list li').count()) > 0);
      const all = await turns.count();
      await page.getByLabel('Only turns that count against the alliance').check();
      const strained = await turns.count();
      assert.ok(strained >= 1 && strained < all, `${strained} of ${all} turns count against`);
      for (let i = 0; i < strained; i += 1)
        assert.match(await turns.nth(i).innerText(), /against:/u);
      await page.locator('.transcript').scrollIntoViewIfNeeded();
      await savePage(page, 'staff-02c-transcript-strain', 'view');
      await page.getByLabel('Only turns that count against the alliance').uncheck();
      await checkAccessibility('client page');
      await screenshot('staff-02-client');
    });

    it('the client page lists the safety questions the person answered', async () => {
      await page.getByRole('link', { name: 'Caseload', exact: true }).click();
      await page.waitForURL(/\/staff\/caseload$/u);
      await page.getByRole('link', { name: 'Alex', exact: true }).click();
      await page.getByRole('heading', { name: 'Alex', level: 1 }).waitFor();
      const section = page.locator('section', {
        has: page.getByRole('heading', { name: 'Safety questions answered' }),
      });
      const rows = section.locator('tbody tr');
      await rows.first().waitFor();
      assert.match(await rows.first().innerText(), /Safety protocol|Direct question/u);
      await section.scrollIntoViewIfNeeded();
      await checkAccessibility('client page, safety questions');
      await screenshot('staff-02b-safety-answers');
    });

    it('the clinician sees a safety alert and acknowledges it', async () => {
      await page.getByRole('link', { name: 'Alerts', exact: true }).click();
      await page.waitForURL(/\/staff\/alerts$/u);
      const cards = page.locator('.alert-card');
      await cards.first().waitFor();
      const before = await cards.count();
      assert.ok(before >= 1);
      await checkAccessibility('alerts');
      await screenshot('staff-03-alerts');
      await cards
        .first()
        .getByRole('button', { name: /^Acknowledge/u })
        .click();
      await page.getByRole('status').filter({ hasText: 'Acknowledged the' }).waitFor();
      await cards.nth(before - 1).waitFor({ state: 'detached' });
      const acknowledged = await page.locator('table.data-table tbody tr').first().innerText();
      assert.match(acknowledged, /Dr Demo Clinician/u);
      await checkAccessibility('alerts after acknowledging');
      await screenshot('staff-04-alert-acknowledged');
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.waitForURL(/\/login$/u);
    });

    it('a researcher reads the cohort and downloads the CSV', async () => {
      await logIn('researcher');
      await page.waitForURL(/\/staff\/cohort$/u);
      for (const id of ['distribution-overall', 'phq9-scatter', 'engagement-chart']) {
        await page.locator(`[data-testid="${id}"] canvas`).first().waitFor();
        assert.ok(await chartHasInk(id), `${id} has something drawn`);
      }
      const scatter = await page.locator('[data-testid="phq9-scatter"] .chart-summary').innerText();
      assert.match(scatter, /r = -?\d\.\d\d/u);
      const text = await page.locator('main').innerText();
      for (const name of ['Robin', 'Kit', 'Alex', 'demo.alliance']) assert.ok(!text.includes(name));
      await checkAccessibility('cohort');
      await screenshot('staff-05-cohort');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the data as CSV' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'alliance-cohort.csv');
      const path = await download.path();
      const csv = readFileSync(path, 'utf8');
      assert.match(csv, /^pid,session,client_turns,/u);
      assert.ok(csv.trim().split('\n').length > 10);
      assert.ok(!/Robin|Kit|demo\.alliance/u.test(csv));
    });
  });
}

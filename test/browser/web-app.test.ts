/**
 * The web app in a real browser: Debian's Chromium (/usr/bin/chromium) driven by playwright-core
 * against `alliance serve` on a throwaway SQLite database. A person signs up, consents, chats
 * (streamed replies), opens "Get help now", writes a crisis message and sees the resources, reads
 * the safety plan, downloads their data and deletes their account. axe-core checks every page
 * (no serious or critical violations) and a screenshot of each main page is saved to
 * test-results/screenshots/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  SCREENSHOTS,
  checkAccessibility as checkPage,
  ifChromium,
  screenshot as savePage,
  startServer,
  useBrowserSession,
  type RunningServer,
} from './browser-harness.ts';

/** A reply still streaming in. */
const STREAMING = '.message[aria-busy="true"]';

ifChromium('runs the web app in Chromium', browserSuite);

function browserSuite(): void {
  let server: RunningServer | undefined;
  let page: Page;
  const email = `sam.${Date.now().toString(36)}@example.org`;
  const password = 'a long passphrase for Sam';

  const checkAccessibility = (name: string) => checkPage(page, name);
  const screenshot = (name: string, what?: 'page' | 'view') => savePage(page, name, what);

  /** Sends a chat message from the keyboard and waits for the whole reply. */
  async function say(text: string): Promise<void> {
    const before = await page.locator('.message.from-agent').count();
    await page.getByLabel('Your message').fill(text);
    await page.getByLabel('Your message').press('Enter');
    await page.locator('.message.from-agent').nth(before).waitFor();
    await page.locator(STREAMING).waitFor({ state: 'detached' });
  }

  describe('the web app in Chromium', { timeout: 240_000 }, () => {
    useBrowserSession({
      viewport: { width: 1280, height: 800 },
      start: startServer,
      ready: (session) => ({ page, server } = session),
    });

    it('signs a new person up and takes them to consent', async () => {
      await page.goto(`${server!.url}/`);
      await page.waitForURL(/\/login$/u);
      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.getByRole('heading', { name: 'Create an account' }).waitFor();
      await checkAccessibility('sign-up');
      await screenshot('01-sign-up');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('What should Alliance call you? (optional)').fill('Sam');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password again').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.waitForURL(/\/consent$/u);
    });

    it('shows the agent’s disclosure and records consent', async () => {
      await page.getByRole('heading', { name: 'Not an emergency service' }).waitFor();
      const text = await page.locator('main').innerText();
      assert.match(text, /I'm an AI/u);
      assert.match(text, /not an emergency service/iu);
      assert.match(text, /encrypted/u);
      await checkAccessibility('consent');
      await screenshot('02-consent');
      await page.getByRole('button', { name: 'I understand and agree' }).click();
      await page.waitForURL(/\/chat$/u);
    });

    it('chats with streamed replies, by keyboard, with suggested answers', async () => {
      const opening = page.locator('.message.from-agent').first();
      await opening.waitFor();
      assert.match(await opening.innerText(), /AI/u);
      // The message box has focus, so a keyboard user can type at once (the chat page moves focus
      // there after it renders, which on a loaded machine comes a moment after the first message).
      await page
        .waitForFunction(
          "document.activeElement && document.activeElement.id === 'message'",
          null,
          {
            timeout: 5_000,
          },
        )
        .catch(() => undefined);
      assert.equal(
        await page.evaluate('document.activeElement && document.activeElement.id'),
        'message',
      );
      await page
        .getByRole('group', { name: 'Suggested answers' })
        .getByRole('button', { name: 'Yes' })
        .click();
      await page.locator('.message.from-agent').nth(1).waitFor();
      await page.locator(STREAMING).waitFor({ state: 'detached' });
      await say('I am Sam, and direct is fine');
      await say('I have been really anxious about work lately');
      const last = page.locator('.message.from-agent').last();
      assert.match(await last.innerText(), /anxious about work/u);
      // The reply is announced to screen readers through the live region.
      const live = await page.locator('[aria-live="polite"]').innerText();
      assert.match(live, /^Alliance: /u);
      // A questionnaire is asked in the chat; its answer options are offered as buttons.
      await say('My manager keeps moving deadlines and I lie awake going over it');
      assert.match(await page.locator('.message.from-agent').last().innerText(), /PHQ-9/u);
      const answers = page.getByRole('group', { name: 'Suggested answers' });
      await answers.getByRole('button', { name: 'Yes, now' }).click();
      await answers.getByRole('button', { name: '1 · Several days' }).click();
      await answers.getByRole('button', { name: 'Skip this question' }).waitFor();
      await checkAccessibility('chat');
      await screenshot('03-chat', 'view');
    });

    it('opens crisis resources in one tap from the header', async () => {
      await page.getByRole('button', { name: 'Get help now' }).click();
      const dialog = page.getByRole('dialog', { name: 'Get help now' });
      await dialog.waitFor();
      assert.match(await dialog.innerText(), /Samaritans/u);
      await checkAccessibility('get help');
      await screenshot('04-get-help', 'view');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    it('shows crisis resources prominently when a message shows risk', async () => {
      await say('I want to kill myself tonight');
      const banner = page.locator('.crisis-banner');
      await banner.waitFor();
      assert.equal(await banner.getAttribute('role'), 'alert');
      const text = await banner.innerText();
      assert.match(text, /999/u);
      assert.match(text, /Samaritans/u);
      assert.ok(await banner.isVisible());
      // Beside the message box too, where the person is looking.
      const strip = page.locator('.crisis-strip');
      assert.ok(await strip.isVisible());
      assert.match(await strip.innerText(), /999/u);
      const box = await strip.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 800, 'the strip is on screen');
      await checkAccessibility('chat in crisis');
      await screenshot('05-chat-crisis', 'view');
      // The same page on a phone: the help button and the resources are still on screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate('window.scrollTo(0, 0)');
      assert.ok(await page.getByRole('button', { name: 'Get help now' }).isVisible());
      await page.screenshot({ path: join(SCREENSHOTS, '06-chat-phone.png') });
      await checkAccessibility('chat on a phone');
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    it('shows the safety plan page', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Safety plan' })
        .click();
      await page.getByRole('heading', { name: 'My safety plan' }).waitFor();
      assert.match(await page.locator('main').innerText(), /If you need help now/u);
      await checkAccessibility('safety plan');
      await screenshot('07-safety-plan');
    });

    it('downloads the person’s data as a file', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'My data' })
        .click();
      await page.getByRole('heading', { name: 'My data' }).waitFor();
      await checkAccessibility('my data');
      await screenshot('08-my-data');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download my data' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^alliance-my-data-\d{4}-\d{2}-\d{2}\.json$/u);
      const file = await download.path();
      const data = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(data.account.email, email);
      assert.match(JSON.stringify(data.conversations), /anxious about work/u);
    });

    it('deletes the account after a typed confirmation', async () => {
      await page.getByRole('button', { name: 'Delete my account…' }).click();
      await page.getByLabel('Type DELETE to confirm').fill('DELETE');
      await page.getByRole('button', { name: 'Delete my account and data' }).click();
      await page.waitForURL(/\/account-deleted$/u);
      assert.match(await page.locator('main').innerText(), /Erased: 1 conversation/u);
      await checkAccessibility('account deleted');
      await screenshot('09-account-deleted');
      // The account is gone: logging in again fails.
      await page.goto(`${server!.url}/login`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('alert').filter({ hasText: 'wrong' }).waitFor();
      await checkAccessibility('log in');
      await screenshot('10-log-in');
    });
  });
}

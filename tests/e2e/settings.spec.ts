import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect, expectNoAxeViolations } from './fixtures';

function tile(page: Page, label: string): Locator {
  return page.locator('.review-tile').filter({ has: page.getByText(label, { exact: true }) });
}

/** Reads a lesson and answers one review question, so there is progress to lose. */
async function makeProgress(page: Page): Promise<void> {
  await page.goto('./lessons/p2v-v2v');
  await page.getByRole('button', { name: 'Mark as read' }).first().click();
  await page.goto('./review/session');
  await page.getByRole('button', { name: 'I don’t know' }).click();
  await page.keyboard.press('Enter');
  await page.goto('./review');
  await expect(tile(page, 'New today')).toContainText('19');
}

test.describe('settings and your data', () => {
  test('exports progress, resets it, imports the file back and everything is there again', async ({ page }, testInfo) => {
    await makeProgress(page);
    await page.goto('./settings');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^lpic3-351\.1-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = testInfo.outputPath('progress.json');
    await download.saveAs(saved);
    const envelope = JSON.parse(await readFile(saved, 'utf8'));
    expect(envelope).toMatchObject({ format: 'lpic3-virt-progress', appVersion: expect.any(String), schemaVersion: expect.any(Number) });

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
    await expect(dialog).toContainText('1 question with progress, 1 answer, 1 lesson read');
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByText('Your progress was reset. Your settings were kept.')).toBeVisible();
    await page.goto('./review');
    await expect(tile(page, 'New today')).toContainText('20');

    await page.goto('./settings');
    await page.getByLabel('Import a progress file (.json)').setInputFiles(saved);
    const summary = page.getByRole('region', { name: /^Ready to import/ });
    await expect(summary).toContainText('It contains 1 question with progress, 1 answer, 1 lesson read');
    await summary.getByRole('button', { name: 'Replace my progress…' }).click();
    await page.getByRole('dialog', { name: 'Replace your progress?' }).getByRole('button', { name: 'Replace my progress' }).click();
    await expect(page.getByText(/^Replaced\. You now have 1 question with progress/)).toBeVisible();

    await page.reload();
    await page.goto('./review');
    await expect(tile(page, 'New today')).toContainText('19');
    await page.goto('./');
    await expect(page.getByText(/Read 1 of \d+ lessons/)).toBeVisible();
  });

  test('refuses a file that is not a progress export and keeps progress', async ({ page }) => {
    await makeProgress(page);
    await page.goto('./settings');
    await page.getByLabel('Import a progress file (.json)').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"title":"holiday"}') });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('photo.json was not imported');
    await expect(alert).toContainText('not an lpic3-virt-progress export');
    await page.goto('./review');
    await expect(tile(page, 'New today')).toContainText('19');
  });

  test('saves scheduling settings and explains a wrong value', async ({ page }) => {
    await page.goto('./settings');
    const perDay = page.getByLabel('New questions per day');
    await perDay.fill('many');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert')).toContainText('One setting needs fixing');
    await expect(perDay).toBeFocused();
    await perDay.fill('5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/^Settings saved/)).toBeVisible();
    await page.goto('./review');
    await expect(tile(page, 'New today')).toContainText('5');
  });

  test('downloads the questions for Anki', async ({ page }) => {
    await page.goto('./settings');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export questions for Anki' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('lpic3-351.1-questions-anki.txt');
    const text = await readFile(await download.path(), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
  });
});

test.describe('accessibility of settings', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`settings, with errors and the reset dialog, have no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('./settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Export questions for Anki' })).toBeEnabled();
      await expectNoAxeViolations(page, `settings (${theme})`);

      await page.getByLabel('Desired retention').fill('2');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByLabel('Import a progress file (.json)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
      await expect(page.getByText('x.json was not imported')).toBeVisible();
      await expectNoAxeViolations(page, `settings with errors (${theme})`);

      await page.getByRole('button', { name: 'Reset progress…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `reset dialog (${theme})`);
    });
  }
});

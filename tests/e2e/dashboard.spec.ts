import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/** Sits and submits a short exam, so the dashboard has answers and an attempt to show. */
async function sitShortExam(page: Page, size: number): Promise<void> {
  await page.goto('./exam');
  await page.getByRole('radio', { name: 'Custom length' }).check();
  await page.getByRole('textbox', { name: 'Number of questions' }).fill(String(size));
  await page.getByRole('button', { name: 'Start the exam' }).click();
  for (let question = 1; question <= size; question += 1) {
    await expect(page.getByRole('heading', { level: 2, name: `Question ${question} of ${size}` })).toBeVisible();
    const textbox = page.getByRole('textbox', { name: 'Your answer' });
    if (await textbox.isVisible()) await textbox.fill('virsh');
    else await page.locator('.question .option').first().click();
    if (question < size) await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Submit exam…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit exam', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeVisible();
}

test.describe('dashboard', () => {
  test('shows the numbers, the charts with their tables and the forecast, and remembers the exam date', async ({ page }) => {
    await sitShortExam(page, 4);
    await page.goto('./dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByText('Questions seen', { exact: true }).locator('xpath=..')).toContainText('4 of');
    await expect(page.getByText('Streak', { exact: true }).locator('xpath=..')).toContainText('1 day');
    for (const chart of ['Reviews due over the next 30 days', 'Answers per day over the last six months', 'True retention per week, last 12 weeks', 'Mastery by knowledge area']) {
      await expect(page.getByRole('img', { name: chart })).toBeVisible();
    }
    await page.getByText('Show as table: Answers per day over the last six months').click();
    const table = page.getByRole('table', { name: 'Answers per day over the last six months' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').last().getByRole('cell').filter({ hasText: '4' })).toHaveCount(1);
    await expect(page.getByText('Expected score on a 20-question mock exam today').locator('xpath=..')).toContainText(/\d+% ± \d+/);
    await expect(page.getByRole('heading', { name: 'What would raise it most' })).toBeVisible();

    const future = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Your exam date').fill(future);
    await expect(page.getByText(/^On your exam date, .* if you stopped studying now$/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Your exam date')).toHaveValue(future);
    await expect(page.getByText(/^On your exam date, /)).toBeVisible();
  });

  test('fits a phone-sized screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await sitShortExam(page, 3);
    await page.goto('./dashboard');
    await expect(page.getByRole('img', { name: 'Mastery by knowledge area' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('accessibility of the dashboard', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`an empty and a used dashboard have no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('./dashboard');
      await expect(page.getByRole('img', { name: 'Mastery by knowledge area' })).toBeVisible();
      await expectNoAxeViolations(page, `empty dashboard (${theme})`);
      await sitShortExam(page, 3);
      await page.goto('./dashboard');
      await expect(page.getByRole('table', { name: 'Latest mock exams, newest first' })).toBeVisible();
      await page.getByText('Show as table: Reviews due over the next 30 days').click();
      await expectNoAxeViolations(page, `dashboard with an exam (${theme})`);
    });
  }
});

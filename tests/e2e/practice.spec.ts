import { test, expect, expectNoAxeViolations } from './fixtures';

test.describe('practice', () => {
  test('a ten-question session done with the keyboard alone', async ({ page }) => {
    await page.goto('./practice');
    await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible();
    await page.getByRole('button', { name: 'Start practice' }).focus();
    await page.keyboard.press('Enter');
    for (let question = 1; question <= 10; question += 1) {
      await expect(page.getByRole('progressbar', { name: `Question ${question} of 10` })).toBeVisible();
      const textbox = page.getByRole('textbox', { name: 'Your answer' });
      if (await textbox.isVisible()) {
        await textbox.focus();
        await page.keyboard.type('answer');
      } else {
        await page.locator('body').focus();
        await page.keyboard.press('1');
        const needs = (await page.locator('.question__prompt').textContent())?.toUpperCase();
        if (needs?.includes('TWO')) await page.keyboard.press('2');
        if (needs?.includes('THREE')) {
          await page.keyboard.press('2');
          await page.keyboard.press('3');
        }
      }
      await page.keyboard.press('Enter');
      await expect(page.locator('.feedback__verdict')).toBeVisible();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeVisible();
    await expect(page.getByText(/of 10 right/)).toBeVisible();
  });

  test('a wrong answer shows the explanation, and its lesson link opens the right section', async ({ page }) => {
    await page.goto('./practice');
    await page.getByRole('radio', { name: 'One lesson' }).check();
    await page.getByLabel('Lesson', { exact: true }).selectOption('cpu-flags');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByRole('button', { name: 'I don’t know' }).click();
    await expect(page.locator('.feedback__explanation')).not.toBeEmpty();
    const link = page.locator('.feedback__link').getByRole('link');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/lessons\/cpu-flags#[\w-]+$/);
    await link.click();
    const slug = href!.split('#')[1]!;
    await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
  });

  test('reloading mid-session resumes at the same question', async ({ page }) => {
    await page.goto('./practice');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByRole('button', { name: 'I don’t know' }).click();
    await page.getByRole('button', { name: /Next/ }).click();
    await expect(page.getByRole('progressbar', { name: 'Question 2 of 10' })).toBeVisible();
    const prompt = await page.locator('.question__prompt').textContent();
    await page.reload();
    await expect(page.getByRole('progressbar', { name: 'Question 2 of 10' })).toBeVisible();
    await expect(page.locator('.question__prompt')).toHaveText(prompt!);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`practice pages have no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('./practice');
      await expect(page.getByRole('button', { name: 'Start practice' })).toBeEnabled();
      await expectNoAxeViolations(page, `practice start (${theme})`);
      await page.getByRole('button', { name: 'Start practice' }).click();
      await expect(page.locator('.question')).toBeVisible();
      await expectNoAxeViolations(page, `practice question (${theme})`);
      await page.getByRole('button', { name: 'I don’t know' }).click();
      await expect(page.locator('.feedback')).toBeVisible();
      await expectNoAxeViolations(page, `practice feedback (${theme})`);
    });
  }
});

import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/** Answers the question on screen with something (the first option, or a typed word). */
async function answerSomething(page: Page): Promise<void> {
  const textbox = page.getByRole('textbox', { name: 'Your answer' });
  if (await textbox.isVisible()) await textbox.fill('virsh');
  else await page.locator('.question .option').first().click();
}

/** Starts an exam of a custom length from the start page. */
async function startExam(page: Page, size: number): Promise<void> {
  await page.goto('./exam');
  await page.getByRole('radio', { name: 'Custom length' }).check();
  await page.getByRole('textbox', { name: 'Number of questions' }).fill(String(size));
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Question 1 of ${size}` })).toBeVisible();
}

test.describe('mock exam', () => {
  test('sits a six-question exam with a flagged question, survives a reload, submits, reviews, and sees it on the dashboard', async ({ page }) => {
    await startExam(page, 6);
    await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^(9:00|8:5\d)$/);
    for (let question = 1; question <= 5; question += 1) {
      await expect(page.getByRole('heading', { level: 2, name: `Question ${question} of 6` })).toBeVisible();
      await answerSomething(page);
      if (question === 2) await page.getByRole('button', { name: 'Flag for review' }).click();
      if (question === 3) {
        await page.reload();
        await expect(page.getByRole('heading', { level: 2, name: 'Question 3 of 6' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Question 2, answered, flagged for review' })).toBeVisible();
      }
      await page.getByRole('button', { name: 'Next' }).click();
    }
    const map = page.getByRole('navigation', { name: 'Question map' });
    await expect(map.getByText('Answered 5 of 6 · Flagged 1')).toBeVisible();
    await page.getByRole('button', { name: 'Submit exam…' }).click();
    const dialog = page.getByRole('dialog', { name: '1 question is unanswered' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Submit anyway' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /Passed|Not passed/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Score by knowledge area' })).toBeVisible();
    await expect(page.locator('.exam-review__item')).toHaveCount(6);
    await page.getByRole('radio', { name: 'Flagged (1)' }).check();
    await expect(page.locator('.exam-review__item')).toHaveCount(1);
    await expect(page.locator('.exam-review__item .feedback__explanation')).not.toBeEmpty();

    await page.reload();
    await expect(page.locator('.exam-review__item')).toHaveCount(6);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Latest mock exams, newest first' }).getByRole('row')).toHaveCount(2);
    await expect(page.getByText('Questions seen', { exact: true }).locator('xpath=..')).toContainText('6 of');
  });

  test('is sat with the keyboard alone', async ({ page }) => {
    await startExam(page, 3);
    await page.locator('body').focus();
    for (let question = 1; question <= 3; question += 1) {
      await expect(page.getByRole('heading', { level: 2, name: `Question ${question} of 3` })).toBeVisible();
      const textbox = page.getByRole('textbox', { name: 'Your answer' });
      if (await textbox.isVisible()) {
        await textbox.focus();
        await page.keyboard.type('answer');
        if (question < 3) await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('1');
        await page.keyboard.press('f');
        await page.keyboard.press('ArrowRight');
      }
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('button', { name: 'Submit exam…' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeVisible();
  });

  test('a phone-sized screen shows the exam without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await startExam(page, 4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Submit exam…' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeVisible();
    await expect(page.locator('.exam-review__item')).toHaveCount(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('accessibility of the mock exam', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`start, running exam, submit check and results have no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('./exam');
      await expect(page.getByRole('button', { name: 'Start the exam' })).toBeEnabled();
      await expectNoAxeViolations(page, `exam start (${theme})`);
      await startExam(page, 3);
      await answerSomething(page);
      await page.getByRole('button', { name: 'Flag for review' }).click();
      await expectNoAxeViolations(page, `running exam (${theme})`);
      await page.getByRole('button', { name: 'Submit exam…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `submit dialog (${theme})`);
      await page.getByRole('button', { name: 'Submit anyway' }).click();
      await expect(page.locator('.exam-review__item')).toHaveCount(3);
      await expectNoAxeViolations(page, `exam results (${theme})`);
      await page.goto('./exam');
      await expect(page.getByRole('table', { name: 'Past mock exams, newest first' })).toBeVisible();
      await expectNoAxeViolations(page, `exam history (${theme})`);
    });
  }
});

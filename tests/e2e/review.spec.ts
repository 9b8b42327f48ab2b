import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const START = new Date('2026-03-02T10:00:00Z');

function tile(page: Page, label: string): Locator {
  return page.locator('.review-tile').filter({ has: page.getByText(label, { exact: true }) });
}

/** Answers the question on screen (first option, or a typed word) and rates it with Enter. */
async function answerShownQuestion(page: Page): Promise<void> {
  const textbox = page.getByRole('textbox', { name: 'Your answer' });
  if (await textbox.isVisible()) {
    await textbox.fill('virsh');
  } else {
    await page.keyboard.press('1');
    // A multiple-answer question needs as many picks as its prompt says ("Choose TWO.").
    const prompt = (await page.locator('.question__prompt').textContent())?.toUpperCase() ?? '';
    const count = prompt.includes('CHOOSE FOUR') ? 4 : prompt.includes('CHOOSE THREE') ? 3 : prompt.includes('CHOOSE TWO') ? 2 : 1;
    for (let key = 2; key <= count; key += 1) await page.keyboard.press(String(key));
  }
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.feedback')).toBeVisible();
  await page.keyboard.press('Enter');
}

test.describe('spaced-repetition review', () => {
  test('answers a new question, keeps it after a reload, and reviews it again once the clock has moved on', async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto('./review');
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await expect(tile(page, 'Due now')).toContainText('0');
    await expect(tile(page, 'New today')).toContainText('20');
    await page.getByRole('link', { name: 'Start review' }).click();
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
    await answerShownQuestion(page);
    await expect(page.getByText(/^Saved as (Again|Good)/).first()).toBeAttached();

    await page.reload();
    await page.goto('./review');
    await expect(tile(page, 'New today')).toContainText('19');
    await expect(tile(page, 'Due today')).toContainText('1');

    await page.clock.fastForward(2 * 86_400_000);
    await page.reload();
    await expect(tile(page, 'Due now')).toContainText('1');
    await page.getByRole('link', { name: 'Start review' }).click();
    await expect(page.locator('.question__heading .badge').first()).toHaveText(/Learning|Relearning|Review/);
    await page.getByText('Question info').click();
    await expect(page.getByRole('region', { name: 'Answer history' }).getByRole('row')).toHaveCount(2);
  });

  test('undoes the last answer with Ctrl+Z and shows the question again', async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto('./review/session');
    const prompt = page.locator('.question__prompt');
    await expect(prompt).toBeVisible();
    const first = await prompt.textContent();
    await page.getByRole('button', { name: 'I don’t know' }).click();
    await page.keyboard.press('Enter');
    await expect(prompt).not.toHaveText(first ?? '');
    await page.keyboard.press('Control+z');
    await expect(prompt).toHaveText(first ?? '');
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
    await page.goto('./review');
    await expect(tile(page, 'New today')).toContainText('20');
  });

  test('the weak-areas page starts a practice of its weakest area', async ({ page }) => {
    await page.goto('./weak-areas');
    const areas = page.getByRole('region', { name: 'Knowledge areas, weakest first' });
    await expect(areas).toBeVisible();
    await areas.getByRole('link', { name: /^Practise / }).first().click();
    await expect(page).toHaveURL(/\/practice\?area=/);
  });

  test('fits a phone-sized screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['./review', './review/session', './weak-areas', './review/questions']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('accessibility of review and weak areas', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`review, a session, weak areas and question info have no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.clock.install({ time: START });
      await page.goto('./review');
      await expect(page.getByRole('link', { name: 'Start review' })).toBeVisible();
      await expectNoAxeViolations(page, `review (${theme})`);

      await page.getByRole('link', { name: 'Start review' }).click();
      await page.getByRole('button', { name: 'I don’t know' }).click();
      await page.getByText('Question info').click();
      await expect(page.getByRole('region', { name: 'Answer history' })).toBeVisible();
      await expectNoAxeViolations(page, `review session after an answer (${theme})`);

      await page.goto('./weak-areas');
      await expect(page.getByRole('region', { name: 'Lessons, weakest first' })).toBeVisible();
      await expectNoAxeViolations(page, `weak areas (${theme})`);

      await page.goto('./review/questions');
      await expect(page.getByRole('region', { name: 'Questions' })).toBeVisible();
      await expectNoAxeViolations(page, `question browser (${theme})`);

      await page.getByRole('region', { name: 'Questions' }).getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Question info' })).toBeVisible();
      await expectNoAxeViolations(page, `question info (${theme})`);
    });
  }
});

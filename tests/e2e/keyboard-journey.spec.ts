import { test, expect, tabTo } from './fixtures';

test('one learner, keyboard only: a lesson, a practice question, a review, a mock exam and a lab', async ({ page }) => {
  await page.goto('./');
  // Skip link first, then the lesson.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await tabTo(page, page.getByRole('region', { name: 'HVM, PV and emulation' }).getByRole('link').first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Mark as read' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '✓ Read' }).first()).toBeVisible();

  // Practise this lesson: answer with a digit or by typing, Enter to submit, Enter to go on.
  await tabTo(page, page.getByRole('link', { name: 'Practise this lesson' }).first());
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Start practice' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar', { name: /Question 1 of/ })).toBeVisible();
  const textbox = page.getByRole('textbox', { name: 'Your answer' });
  if (await textbox.isVisible()) {
    await tabTo(page, textbox);
    await page.keyboard.type('answer');
  } else {
    await page.keyboard.press('1');
    const prompt = (await page.locator('.question__prompt').textContent())?.toUpperCase() ?? '';
    if (prompt.includes('CHOOSE TWO') || prompt.includes('CHOOSE THREE')) await page.keyboard.press('2');
    if (prompt.includes('CHOOSE THREE')) await page.keyboard.press('3');
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible();

  // Review: the answered question is now in learning; the review page says what is due.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();

  // A mock exam of six questions, submitted at once with the unanswered warning.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mock exam' }));
  await page.keyboard.press('Enter');
  const length = page.getByRole('textbox', { name: 'Number of questions' });
  await tabTo(page, length);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 1 of 6' })).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('f');
  await tabTo(page, page.getByRole('button', { name: 'Submit exam…' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: /^Submit/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeVisible();

  // A lab task: build the seed notes' bridge in the Open vSwitch sandbox.
  await page.goto('./labs/ovs');
  const command = page.getByRole('textbox', { name: 'Command' });
  await tabTo(page, command);
  for (const line of ['ovs-vsctl add-br conmutador0', 'ovs-vsctl add-port conmutador0 tap0', 'ovs-vsctl add-port conmutador0 tap1']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 3, name: /Task 1: Build the conmutador0 switch/ }).locator('xpath=ancestor::li')).toContainText('Done');
});

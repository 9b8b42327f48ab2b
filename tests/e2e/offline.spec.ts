import { test, expect } from './fixtures';

test('after one visit everything works offline: a lesson, a practice answer, a reload', async ({ page, context }) => {
  await page.goto('./');
  // Wait until the service worker has installed every file and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.goto('./lessons/open-vswitch');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Open vSwitch');
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await expect(page.locator('.figure img').first()).toHaveJSProperty('complete', true);

  await page.goto('./practice');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: 'I don’t know' }).click();
  await expect(page.locator('.feedback__explanation')).not.toBeEmpty();

  await page.reload();
  await expect(page.locator('.feedback')).toBeVisible();
  await page.goto('./search?q=vmx');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await context.setOffline(false);
});

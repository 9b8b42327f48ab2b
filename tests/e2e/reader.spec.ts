import { test, expect, expectNoAxeViolations } from './fixtures';

test.describe('a newcomer reads the lessons', () => {
  test('opens a lesson from the home page, follows the table of contents and reloads on the deep link', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Virtualization Concepts and Theory' })).toBeVisible();
    await page.getByRole('link', { name: /CPU flags/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('CPU flags');
    const toc = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
    const tocLink = toc.getByRole('link').nth(2);
    const slug = (await tocLink.getAttribute('href'))!.slice(1);
    await tocLink.click();
    await expect(page).toHaveURL(new RegExp(`/lessons/cpu-flags#${slug}$`));
    await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
    await page.reload();
    await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
    await expect(page.locator(`[id="${slug}"]`)).toBeFocused();
  });

  test('searches, opens a result at its section', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    await page.keyboard.type('ovs-appctl');
    await page.keyboard.press('Enter');
    const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
    await expect(first).toBeVisible();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/\/lessons\/open-vswitch#/);
    await first.click();
    const slug = href!.split('#')[1]!;
    await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
  });

  test('toggles the theme and keeps it after a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('marks a lesson as read and sees it on the home page after a reload', async ({ page }) => {
    await page.goto('./lessons/p2v-v2v');
    await page.getByRole('button', { name: 'Mark as read' }).first().click();
    await page.reload();
    await expect(page.getByRole('button', { name: '✓ Read' }).first()).toBeVisible();
    await page.getByRole('link', { name: 'Lessons' }).click();
    await expect(page.getByText(/Read 1 of \d+ lessons/)).toBeVisible();
  });

  test('shows a 404 page for an unknown address', async ({ page }) => {
    await page.goto('./no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test.describe('accessibility of the reader', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const path of ['./', './lessons/hypervisor-types', './glossary', './search?q=migration', './nowhere']) {
      test(`${path} has no axe violations in the ${theme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, `${path} (${theme})`);
      });
    }
  }
});

import { test, expect } from './fixtures';

const SCRIPT = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';

test.describe('untrusted input', () => {
  test.beforeEach(async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`unexpected dialog: ${dialog.message()}`);
    });
  });

  test('script in a fill-in answer, the lab inspector and the OVS terminal is shown as text, never run', async ({ page }) => {
    await page.goto('./practice');
    await page.getByRole('checkbox', { name: 'Single answer' }).uncheck();
    await page.getByRole('checkbox', { name: 'Multiple answer' }).uncheck();
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(SCRIPT);
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue(SCRIPT);

    await page.goto('./labs/cpu');
    await page.getByLabel(/Output of/).fill(`${SCRIPT}\n`.repeat(2000));
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect(page.getByRole('alert')).toBeVisible();

    await page.goto('./labs/ovs');
    const command = page.getByRole('textbox', { name: 'Command' });
    await command.fill(`ovs-vsctl add-br "${SCRIPT}"`);
    await command.press('Enter');
    await expect(page.getByRole('log', { name: 'Terminal output' })).toContainText('<script>');

    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

  test('a hostile progress file (prototype keys, deep nesting, script text) is refused and changes nothing', async ({ page }) => {
    await page.goto('./lessons/cpu-flags');
    await page.getByRole('button', { name: 'Mark as read' }).first().click();
    const before = await page.evaluate(() => localStorage.getItem('lpic3.progress'));
    await page.goto('./settings');
    let nested = '0';
    for (let depth = 0; depth < 5000; depth += 1) nested = `[${nested}]`;
    const hostile = `{"format":"lpic3-virt-progress","schemaVersion":2,"appVersion":"${SCRIPT.replace(/"/g, '\\"')}","exportedAt":"2026-01-01T00:00:00.000Z","progress":{"__proto__":{"polluted":true},"deep":${nested}}}`;
    await page.getByLabel('Import a progress file (.json)').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect(page.getByText('hostile.json was not imported')).toBeVisible();
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted'])).toBeUndefined();
    expect(await page.evaluate(() => localStorage.getItem('lpic3.progress'))).toBe(before);
  });
});

test.describe('zoom to 200%', () => {
  // Browser zoom at 200% in a 1280 x 900 window lays the page out in 640 x 450 CSS pixels.
  for (const path of ['./', './lessons/live-migration', './practice', './review', './exam', './dashboard', './labs/ovs', './settings']) {
    test(`${path} stays usable at 200% zoom`, async ({ page }) => {
      await page.setViewportSize({ width: 640, height: 450 });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scrolling at 200% zoom').toBeLessThanOrEqual(1);
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' })).toBeHidden();
    });
  }
});

import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, tabTo } from './fixtures';

test.describe('a learner practises in the labs, keyboard only', () => {
  test('loads the Intel sample in the CPU inspector and reads the VT-x finding', async ({ page }) => {
    await page.goto('./labs/cpu');
    await expect(page.getByRole('heading', { level: 1, name: 'CPU virtualization inspector' })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: /Load sample: Intel host/ }));
    await page.keyboard.press('Enter');
    const finding = page.getByRole('heading', { level: 4, name: 'Hardware virtualization: Intel VT-x (vmx)' });
    await expect(finding).toBeVisible();
    await expect(page.getByRole('region', { name: 'What to check next' })).toContainText('lsmod | grep kvm');
    await page.getByRole('link', { name: 'Labs', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'CPU virtualization inspector' }).locator('xpath=ancestor::li')).toContainText('✓ Done');
  });

  test('builds conmutador0 in the Open vSwitch sandbox, sees task 1 ticked, and finds it again after a reload', async ({ page }) => {
    await page.goto('./labs/ovs');
    const command = page.getByRole('textbox', { name: 'Command' });
    await tabTo(page, command);
    for (const line of ['ovs-vsctl add-br conmutador0', 'ovs-vsctl add-port conmutador0 tap0', 'ovs-vsctl add-port conmutador0 tap1']) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    const task = page.getByRole('heading', { level: 3, name: /Task 1: Build the conmutador0 switch/ }).locator('xpath=ancestor::li');
    await expect(task).toContainText('Done');
    await expect(page.getByRole('list', { name: 'Ports of conmutador0' }).getByRole('listitem')).toHaveCount(3);
    await page.keyboard.press('ArrowUp');
    await expect(command).toHaveValue('ovs-vsctl add-port conmutador0 tap1');
    await page.reload();
    await expect(task).toContainText('Done');
    await expect(page.getByRole('log', { name: 'Terminal output' })).toContainText('ovs-vsctl add-port conmutador0 tap1');
  });

  test('places KVM in the classifier with the keyboard and reads why', async ({ page }) => {
    await page.goto('./labs/classifier');
    const type1 = page.getByRole('group', { name: 'Place KVM in' }).getByRole('button', { name: 'Type 1' });
    await tabTo(page, type1);
    await page.keyboard.press('Enter');
    const feedback = page.getByRole('status').filter({ hasText: 'KVM → Type 1 (bare metal)' });
    await expect(feedback).toContainText('✓ Right.');
    await expect(feedback).toContainText('Others call it type 2');
    await expect(page.getByRole('region', { name: 'Type 1 (bare metal)' }).getByRole('heading', { name: 'KVM' })).toBeVisible();
  });

  test('drags Docker onto the OS-level box with the mouse', async ({ page }) => {
    // Tall enough that the box is on screen: Playwright's drag cannot scroll mid-drag as a person would.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await page.goto('./labs/classifier');
    // A card is picked up by its name; its buttons stay buttons.
    await page.getByRole('heading', { level: 3, name: 'Docker' }).dragTo(page.getByRole('region', { name: 'OS-level (containers)' }));
    await expect(page.getByRole('region', { name: 'OS-level (containers)' }).getByRole('heading', { name: 'Docker' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Docker → OS-level' })).toContainText('✓ Right.');
  });
});

test.describe('accessibility of the labs', () => {
  const pages: readonly { path: string; prepare?: (page: Page) => Promise<void> }[] = [
    { path: './labs' },
    {
      path: './labs/cpu',
      prepare: async (page) => {
        await page.getByRole('button', { name: /Load sample: Intel Atom N270/ }).click();
        await expect(page.getByRole('region', { name: /Problems/ })).toBeVisible();
      },
    },
    {
      path: './labs/ovs',
      prepare: async (page) => {
        const command = page.getByRole('textbox', { name: 'Command' });
        for (const line of ['ovs-vsctl add-br conmutador0', 'ovs-vsctl add-port conmutador0 tap0 tag=10', 'ovs-vsctl add-port conmutador0 tap1', 'ovs-vsctl del-br br9']) {
          await command.fill(line);
          await command.press('Enter');
        }
        await expect(page.getByText('exit status 1')).toBeVisible();
      },
    },
    {
      path: './labs/classifier',
      prepare: async (page) => {
        await page.getByRole('group', { name: 'Place Xen in' }).getByRole('button', { name: 'Type 2' }).click();
        await page.getByRole('group', { name: 'Place KVM in' }).getByRole('button', { name: 'Type 1' }).click();
        await expect(page.getByRole('heading', { level: 2, name: 'To sort (12)' })).toBeVisible();
      },
    },
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const { path, prepare } of pages) {
      test(`${path} has no axe violations in the ${theme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await prepare?.(page);
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, `${path} (${theme})`);
      });
    }
  }
});

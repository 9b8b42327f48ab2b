import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CLASSIFIER_ITEMS } from '../../../src/engine/labs/classifier';
import { TEST_NOW } from '../../helpers/render-app';
import { tabTo } from './keyboard';
import { renderLab } from './render-lab';

async function openClassifier(initial: Record<string, string> = {}) {
  const context = await renderLab('/labs/classifier', initial);
  await screen.findByRole('heading', { level: 1, name: 'Hypervisor classifier' });
  return context;
}

function choice(itemName: string, box: string): HTMLElement {
  return within(screen.getByRole('group', { name: `Place ${itemName} in` })).getByRole('button', { name: box });
}

describe('the hypervisor classifier', () => {
  it('places KVM with the keyboard and explains the verdict, dispute included', async () => {
    await openClassifier();
    const user = userEvent.setup({ delay: null });
    await tabTo(user, choice('KVM', 'Type 1'));
    await user.keyboard('{Enter}');

    const feedback = screen.getByText(/KVM → Type 1 \(bare metal\)/).closest('[role="status"]')!;
    expect(feedback).toHaveTextContent('✓ Right.');
    expect(feedback).toHaveTextContent('Others call it type 2');
    expect(within(feedback as HTMLElement).getByRole('link')).toHaveAttribute('href', '/lessons/hypervisor-types#why-sources-disagree-about-kvm');

    const box = screen.getByRole('region', { name: 'Type 1 (bare metal)' });
    expect(within(box).getByRole('heading', { level: 3, name: 'KVM' })).toBeInTheDocument();
    expect(choice('KVM', 'Type 1')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('progressbar', { name: `1 of ${CLASSIFIER_ITEMS.length} right` })).toBeInTheDocument();
    // Focus moves on to the next product waiting to be sorted (alphabetical order: LXC follows KVM).
    expect(document.activeElement).toBe(choice('LXC', 'Type 1'));
  });

  it('names the right box when a placement is wrong, and lets the card move', async () => {
    await openClassifier();
    const user = userEvent.setup({ delay: null });
    await user.click(choice('Oracle VirtualBox', 'Type 1'));
    expect(screen.getByText(/Oracle VirtualBox → Type 1/).closest('[role="status"]')).toHaveTextContent('✗ Not here: it belongs in Type 2 (hosted).');
    const card = within(screen.getByRole('region', { name: 'Type 1 (bare metal)' })).getByRole('heading', { name: 'Oracle VirtualBox' }).closest('li')!;
    expect(card).toHaveTextContent('✗ Not here');
    await user.click(choice('Oracle VirtualBox', 'Type 2'));
    expect(within(screen.getByRole('region', { name: 'Type 2 (hosted)' })).getByRole('heading', { name: 'Oracle VirtualBox' })).toBeInTheDocument();
    expect(document.activeElement).toBe(choice('Oracle VirtualBox', 'Type 2'));
  });

  it('accepts both boxes for QEMU with TCG and says so', async () => {
    await openClassifier();
    await userEvent.click(choice('QEMU with TCG (no KVM)', 'Type 2'));
    expect(screen.getByText(/QEMU with TCG \(no KVM\) → Type 2/).closest('[role="status"]')).toHaveTextContent('✓ Right. Emulation and Type 2 (hosted) both count.');
  });

  it('celebrates a fully correct board, records it, and starts again', async () => {
    const { stores } = await openClassifier();
    const user = userEvent.setup({ delay: null });
    const titles: Record<string, string> = { 'type-1': 'Type 1', 'type-2': 'Type 2', 'os-level': 'OS-level', emulation: 'Emulation' };
    for (const item of CLASSIFIER_ITEMS) await user.click(choice(item.name, titles[item.accepted[0]!]!));
    expect(screen.getByText(`All ${CLASSIFIER_ITEMS.length} sorted correctly`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'To sort (0)' })).toBeInTheDocument();
    expect(stores.progress.getState().progress.labTasksDone).toEqual({ 'classifier/all-correct': TEST_NOW });
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { level: 2, name: `To sort (${CLASSIFIER_ITEMS.length})` })).toBeInTheDocument();
  });
});

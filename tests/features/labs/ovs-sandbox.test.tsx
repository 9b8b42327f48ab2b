import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LABS_KEY } from '../../../src/store/labs-store';
import { TEST_NOW } from '../../helpers/render-app';
import { renderLab } from './render-lab';
import { tabTo } from './keyboard';

async function openSandbox(initial: Record<string, string> = {}) {
  const context = await renderLab('/labs/ovs', initial);
  await screen.findByRole('heading', { level: 1, name: 'Open vSwitch sandbox' });
  return context;
}

function taskItem(name: RegExp): HTMLElement {
  return screen.getByRole('heading', { level: 3, name }).closest('li')!;
}

describe('the Open vSwitch sandbox', () => {
  it('builds conmutador0 with the keyboard alone and ticks task 1', async () => {
    const { stores } = await openSandbox();
    const user = userEvent.setup({ delay: null });
    expect(taskItem(/Task 1: Build the conmutador0 switch/)).toHaveTextContent('Current task');
    await tabTo(user, screen.getByRole('textbox', { name: 'Command' }));
    await user.keyboard('ovs-vsctl add-br conmutador0{Enter}');
    await user.keyboard('ovs-vsctl add-port conmutador0 tap0{Enter}');
    await user.keyboard('ovs-vsctl add-port conmutador0 tap1{Enter}');

    expect(taskItem(/Task 1: Build the conmutador0 switch/)).toHaveTextContent('Done');
    expect(taskItem(/Task 2: Put tap1 on VLAN 10/)).toHaveTextContent('Current task');
    expect(screen.getByRole('progressbar', { name: '1 of 4 tasks done' })).toBeInTheDocument();
    expect(screen.getByText(/Task 1 done: Build the conmutador0 switch/)).toBeInTheDocument();
    expect(stores.progress.getState().progress.labTasksDone).toEqual({ 'ovs/build-conmutador0': TEST_NOW });

    const diagram = screen.getByRole('region', { name: 'Switch diagram' });
    const ports = within(diagram).getByRole('list', { name: 'Ports of conmutador0' });
    expect(within(ports).getAllByRole('listitem').map((item) => item.querySelector('.ovs-port__name')?.textContent)).toEqual(['conmutador0', 'tap0', 'tap1']);
    expect(within(diagram).getByText('Bridge conmutador0 with 2 ports besides its internal port: tap0 (OpenFlow port 1, trunk (all VLANs)), tap1 (OpenFlow port 2, trunk (all VLANs)).')).toBeInTheDocument();
  });

  it('shows output and errors in the log, walks the history with the arrows, and clears', async () => {
    await openSandbox();
    const user = userEvent.setup({ delay: null });
    const input = screen.getByRole('textbox', { name: 'Command' });
    await tabTo(user, input);
    await user.keyboard('help{Enter}');
    const log = screen.getByRole('log', { name: 'Terminal output' });
    expect(log).toHaveTextContent('ovs-appctl fdb/show BRIDGE');
    await user.keyboard('ovs-vsctl del-br br9{Enter}');
    expect(log).toHaveTextContent('ovs-vsctl: no bridge named br9');
    expect(log).toHaveTextContent('exit status 1');

    await user.keyboard('ovs-vsctl li');
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveValue('ovs-vsctl del-br br9');
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveValue('help');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveValue('ovs-vsctl li');

    await user.clear(input);
    await user.keyboard('clear{Enter}');
    expect(log).not.toHaveTextContent('no bridge named');
    expect(log).toHaveTextContent('Type help to list the commands.');
  });

  it('answers the task 3 question in its answer box', async () => {
    await openSandbox();
    const user = userEvent.setup({ delay: null });
    const input = screen.getByRole('textbox', { name: 'Command' });
    await tabTo(user, input);
    for (const line of ['ovs-vsctl add-br conmutador0', 'ovs-vsctl add-port conmutador0 tap0', 'ovs-vsctl add-port conmutador0 tap1 tag=10', 'sim send tap1 tap0']) {
      await user.keyboard(`${line}{Enter}`);
    }
    const task = taskItem(/Task 3: Find where a MAC address was learned/);
    const answer = within(task).getByRole('textbox', { name: /Name the port on which/ });
    await tabTo(user, answer);
    await user.keyboard('2{Enter}');
    expect(within(task).getByRole('status')).toHaveTextContent('Not yet. 2 is the OpenFlow port number');
    await user.clear(answer);
    await user.keyboard('tap1{Enter}');
    expect(within(task).getByRole('status')).toHaveTextContent(/^✓ Right: /);
    expect(taskItem(/Task 3/)).toHaveTextContent('Done');
    expect(within(taskItem(/Task 3/)).getByRole('link', { name: /in the lesson/ })).toHaveAttribute('href', '/lessons/open-vswitch#ovs-appctl-and-the-mac-learning-table');
  });

  it('keeps the sandbox after a reload and starts again only after confirming the reset', async () => {
    const first = await openSandbox();
    const user = userEvent.setup({ delay: null });
    await tabTo(user, screen.getByRole('textbox', { name: 'Command' }));
    await user.keyboard('ovs-vsctl add-br conmutador0{Enter}');
    first.view.unmount();

    await openSandbox(Object.fromEntries(first.storage.data));
    expect(screen.getByRole('log', { name: 'Terminal output' })).toHaveTextContent('ovs-vsctl add-br conmutador0');
    expect(screen.getByRole('heading', { level: 3, name: 'Bridge conmutador0' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset sandbox' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the sandbox?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Bridge conmutador0' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset sandbox' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Reset the sandbox?' })).getByRole('button', { name: 'Reset sandbox' }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Bridge conmutador0' })).not.toBeInTheDocument();
    expect(screen.getByText('No bridges yet.')).toBeInTheDocument();
  });

  it('tells the learner when the saved sandbox was damaged and starts empty', async () => {
    await openSandbox({ [LABS_KEY]: '{"version":1,"ovs":{"state":42},"placements":[]}' });
    const banner = screen.getByText('Saved lab state not restored').closest('.banner')!;
    expect(banner).toHaveTextContent('The Open vSwitch sandbox could not be restored');
    expect(screen.getByText('No bridges yet.')).toBeInTheDocument();
    await userEvent.click(within(banner as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Saved lab state not restored')).not.toBeInTheDocument();
  });
});

import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { recordLabTask } from '../../../src/store/lab-tasks';
import { renderApp } from '../../helpers/render-app';

function labCard(title: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: title }).closest('li')!;
}

describe('the labs index', () => {
  it('lists the three labs with what each teaches and links to each', async () => {
    renderApp('/labs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hands-on labs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CPU virtualization inspector' })).toHaveAttribute('href', '/labs/cpu');
    expect(screen.getByRole('link', { name: 'Open vSwitch sandbox' })).toHaveAttribute('href', '/labs/ovs');
    expect(screen.getByRole('link', { name: 'Hypervisor classifier' })).toHaveAttribute('href', '/labs/classifier');
    expect(labCard('Open vSwitch sandbox')).toHaveTextContent('build the conmutador0 bridge');
    expect(within(labCard('Hypervisor classifier')).getByRole('link', { name: 'Hypervisor types, KVM and the Xen architecture' })).toHaveAttribute('href', '/lessons/hypervisor-types');
  });

  it('shows how far the learner got from the tasks recorded in progress', async () => {
    const { stores } = renderApp('/labs');
    await screen.findByRole('heading', { level: 1, name: 'Hands-on labs' });
    expect(labCard('CPU virtualization inspector')).toHaveTextContent('Not done yet');
    expect(labCard('Open vSwitch sandbox')).toHaveTextContent('0 of 4 tasks done');
    act(() => {
      stores.progress.getState().update(recordLabTask('cpu/analysed'));
      stores.progress.getState().update(recordLabTask('ovs/build-conmutador0'));
    });
    expect(labCard('CPU virtualization inspector')).toHaveTextContent('✓ Done');
    expect(labCard('Open vSwitch sandbox')).toHaveTextContent('1 of 4 tasks done');
  });

  it('is in the main navigation', async () => {
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Labs' })).toHaveAttribute('href', '/labs');
  });
});

describe('lessons that have a lab', () => {
  it.each([
    ['cpu-flags', '/labs/cpu'],
    ['open-vswitch', '/labs/ovs'],
    ['hypervisor-types', '/labs/classifier'],
  ])('the %s lesson offers "Try the lab" next to "Practise this lesson"', async (lesson, lab) => {
    renderApp(`/lessons/${lesson}`);
    const [tryLab] = await screen.findAllByRole('link', { name: 'Try the lab' });
    expect(tryLab).toHaveAttribute('href', lab);
    expect(screen.getAllByRole('link', { name: 'Practise this lesson' })[0]).toHaveAttribute('href', `/practice?lesson=${lesson}`);
  });

  it('a lesson without a lab has no "Try the lab" link', async () => {
    renderApp('/lessons/p2v-v2v');
    await screen.findAllByRole('link', { name: 'Practise this lesson' });
    expect(screen.queryByRole('link', { name: 'Try the lab' })).not.toBeInTheDocument();
  });
});

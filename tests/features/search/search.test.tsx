import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../helpers/render-app';

describe('search', () => {
  it('finds the CPU flags lesson for "vmx" and names the section, with the word highlighted', async () => {
    renderApp('/search?q=vmx');
    const results = await within(screen.getByRole('main')).findByRole('list');
    const first = within(results).getAllByRole('listitem')[0]!;
    const link = within(first).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^\/lessons\/cpu-flags#/);
    expect(first.querySelector('mark')?.textContent?.toLowerCase()).toBe('vmx');
  });

  it('finds ovs-appctl as one word in the Open vSwitch lesson', async () => {
    renderApp('/search?q=ovs-appctl');
    const results = await within(screen.getByRole('main')).findByRole('list');
    const hrefs = within(results).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs[0]).toMatch(/^\/lessons\/open-vswitch#/);
  });

  it('"/" focuses the header search, and Enter opens the results page', async () => {
    renderApp('/');
    await userEvent.keyboard('/');
    const box = screen.getByRole('searchbox', { name: /Search lessons/ });
    expect(box).toHaveFocus();
    await userEvent.type(box, 'post-copy{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search the lessons' })).toBeInTheDocument();
    expect(await screen.findByText(/sections? found/)).toBeInTheDocument();
  });

  it('says plainly when nothing matches', async () => {
    renderApp('/search?q=zzzyxq');
    expect(await screen.findByText(/No section mentions “zzzyxq”/)).toBeInTheDocument();
  });
});

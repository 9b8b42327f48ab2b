import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import glossary from 'virtual:content/glossary';
import { renderApp } from '../../helpers/render-app';

describe('the glossary', () => {
  it('lists every term with a link to the section that teaches it, and jumps by letter', async () => {
    renderApp('/glossary');
    expect(await screen.findByText(`${glossary.length} terms`, { exact: false })).toBeInTheDocument();
    const first = glossary[0]!;
    const entry = screen.getByText(first.term, { selector: 'dt' }).closest('div')!;
    expect(within(entry).getByRole('link')).toHaveAttribute('href', `/lessons/${first.lesson}#${first.section}`);
    const letters = within(screen.getByRole('navigation', { name: 'Terms by letter' })).getAllByRole('link');
    const names = letters.map((link) => link.textContent ?? '');
    expect(names).toContain('V');
    expect(names).toEqual([...names].sort());
    for (const link of letters) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
  });

  it('filters terms, and offers a search of the lessons when none matches', async () => {
    renderApp('/glossary');
    const box = await screen.findByRole('searchbox', { name: 'Filter terms' });
    await userEvent.type(box, 'qwertyzzz');
    expect(screen.getByRole('link', { name: 'Search the lessons for “qwertyzzz”' })).toHaveAttribute('href', '/search?q=qwertyzzz');
    await userEvent.clear(box);
    await userEvent.type(box, 'ovsdb');
    expect(screen.getByText(/of \d+ terms match/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Terms by letter' })).toBeNull();
  });
});

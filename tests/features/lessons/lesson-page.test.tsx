import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../helpers/render-app';
import { lessonList } from '../../../src/lib/content';
import { AREA_TITLES } from '../../../src/engine/content/types';

const LESSON = lessonList.find((lesson) => lesson.id === 'cpu-flags')!;

describe('the lesson page', () => {
  it('shows the title, the summary and a table of contents of every section', async () => {
    renderApp('/lessons/cpu-flags');
    expect(await screen.findByRole('heading', { level: 1, name: LESSON.title })).toBeInTheDocument();
    expect(screen.getByText(LESSON.summary)).toBeInTheDocument();
    const toc = screen.getAllByRole('navigation', { name: 'On this page' })[0]!;
    const links = within(toc).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(LESSON.headings.map((heading) => `#${heading.slug}`));
  });

  it('renders the lesson body with section ids that the table of contents points to', async () => {
    renderApp('/lessons/cpu-flags');
    const firstSection = LESSON.headings[1]!;
    const heading = await screen.findByRole('heading', { level: firstSection.depth, name: new RegExp(firstSection.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    expect(heading).toHaveAttribute('id', firstSection.slug);
  });

  it('shows exam tips and common mistakes, and hides exercise answers until revealed', async () => {
    renderApp('/lessons/cpu-flags');
    expect((await screen.findAllByRole('note', { name: 'Exam tip' })).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('note', { name: 'Common mistake' }).length).toBeGreaterThan(0);
    const reveal = screen.getAllByText('Show answer')[0]!;
    expect(reveal.closest('details')).not.toHaveAttribute('open');
    await userEvent.click(reveal);
    expect(reveal.closest('details')).toHaveAttribute('open');
  });

  it('remembers "Mark as read" and shows it on the home page', async () => {
    const { stores } = renderApp('/lessons/cpu-flags');
    const [button] = await screen.findAllByRole('button', { name: 'Mark as read' });
    await userEvent.click(button!);
    expect(screen.getAllByRole('button', { name: '✓ Read' })[0]).toHaveAttribute('aria-pressed', 'true');
    expect(stores.progress.getState().progress.lessonsRead).toHaveProperty('cpu-flags');
    await userEvent.click(screen.getByRole('link', { name: /351.1 Virtualization, home/ }));
    expect(await screen.findByText(`Read 1 of ${lessonList.length} lessons`)).toBeInTheDocument();
  });

  it('links to the previous and next lessons', async () => {
    renderApp('/lessons/cpu-flags');
    const pager = await screen.findByRole('navigation', { name: 'Previous and next lesson' });
    const index = lessonList.indexOf(LESSON);
    expect(within(pager).getByRole('link', { name: new RegExp(lessonList[index - 1]!.title) })).toHaveAttribute('href', `/lessons/${lessonList[index - 1]!.id}`);
    expect(within(pager).getByRole('link', { name: new RegExp(lessonList[index + 1]!.title) })).toHaveAttribute('href', `/lessons/${lessonList[index + 1]!.id}`);
  });

  it('says so when the lesson does not exist', async () => {
    renderApp('/lessons/no-such-lesson');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no lesson "no-such-lesson".')).toBeInTheDocument();
  });
});

describe('the home page', () => {
  it('lists every lesson, grouped by knowledge area, each with its reading time and read state', () => {
    renderApp('/');
    for (const lesson of lessonList) {
      const area = screen.getByRole('region', { name: AREA_TITLES[lesson.area] });
      const link = within(area).getByRole('link', { name: new RegExp(lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      expect(link).toHaveAttribute('href', `/lessons/${lesson.id}`);
      expect(link).toHaveTextContent(`${lesson.readingMinutes} min read`);
      expect(link).toHaveTextContent('Unread');
    }
    expect(screen.getByText(`Read 0 of ${lessonList.length} lessons`)).toBeInTheDocument();
  });

  it('suggests the next unread lesson and counts the questions due', async () => {
    const { stores } = renderApp('/');
    expect(screen.getByRole('link', { name: /Read the first lesson/ })).toHaveAttribute('href', `/lessons/${lessonList[0]!.id}`);
    expect(screen.getByRole('link', { name: /Nothing due now/ })).toBeInTheDocument();
    await act(() => stores.progress.getState().markLessonRead(lessonList[0]!.id));
    expect(screen.getByRole('link', { name: /Continue reading/ })).toHaveAttribute('href', `/lessons/${lessonList[1]!.id}`);
  });
});

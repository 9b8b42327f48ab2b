import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Markdown } from '../../src/ui/Markdown';
import { LessonContent } from '../../src/ui/LessonContent';
import { parseLessonFile } from '../../src/engine/content/parse-lesson';

function renderMarkdown(text: string) {
  return render(
    <MemoryRouter>
      <Markdown>{text}</Markdown>
    </MemoryRouter>,
  );
}

/** Compiles a lesson body the way the build does, then renders it the way the lesson page does. */
function renderLesson(body: string, figures: Record<string, string> = {}) {
  const source = `---\nid: sample\ntitle: Sample lesson\narea: terminology\norder: 1\nsummary: A lesson used by this test only.\n---\n${body}`;
  const { lesson } = parseLessonFile('content/lessons/sample.md', source);
  return render(
    <MemoryRouter>
      <LessonContent tree={lesson!.tree} figures={figures} />
    </MemoryRouter>,
  );
}

describe('Markdown', () => {
  it('never renders raw HTML: a script tag stays out of the page', () => {
    const { container } = renderMarkdown('Hello <script>window.hacked = true</script><img src=x onerror="alert(1)">');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('Hello');
  });

  it('drops raw HTML from compiled lessons too', () => {
    const { container } = renderLesson('Hello\n\n<script>window.hacked = true</script>\n\n<b onclick="x()">bold</b> text');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('Hello');
  });

  it('does not turn a javascript: link into a link', () => {
    renderMarkdown('[click](javascript:alert(1))');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('click')).toBeInTheDocument();
  });

  it('turns a link to another lesson file into an app route with its section', () => {
    renderMarkdown('See [pre-copy](live-migration.md#pre-copy).');
    expect(screen.getByRole('link', { name: 'pre-copy' })).toHaveAttribute('href', '/lessons/live-migration#pre-copy');
  });

  it('opens outside links in a new tab without handing over the opener', () => {
    renderMarkdown('[QEMU](https://www.qemu.org/docs/)');
    const link = screen.getByRole('link', { name: /QEMU/ });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('renders exam tips and common mistakes as labelled callouts', () => {
    renderMarkdown('> **Exam tip:** Know `vmx`.\n\n> **Common mistake:** PV needs no VT-x.\n\n> A plain quote.');
    expect(screen.getByRole('note', { name: 'Exam tip' })).toHaveTextContent('Know vmx.');
    expect(screen.getByRole('note', { name: 'Common mistake' })).toHaveTextContent('PV needs no VT-x.');
    expect(screen.getByText('A plain quote.').closest('blockquote')).not.toBeNull();
  });

  it('hides an exercise answer until the reader asks for it', async () => {
    renderMarkdown('> **Answer:** `svm` is the AMD flag.');
    const details = screen.getByText('Show answer').closest('details');
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(screen.getByText('Show answer'));
    expect(details).toHaveAttribute('open');
    expect(await screen.findByText('Hide answer')).toBeInTheDocument();
  });

  it('shows a figure with its text alternative and caption, from the built asset URL', () => {
    renderLesson('![Two stacks side by side](figures/stacks.svg "Type 1 and type 2")', { 'figures/stacks.svg': '/assets/stacks-123.svg' });
    const image = screen.getByRole('img', { name: 'Two stacks side by side' });
    expect(image).toHaveAttribute('src', '/assets/stacks-123.svg');
    expect(screen.getByText('Type 1 and type 2').tagName).toBe('FIGCAPTION');
  });

  it('gives lesson headings the ids computed at build time and a link to the section', () => {
    renderLesson('Intro.\n\n## Pre-copy and post-copy');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveAttribute('id', 'pre-copy-and-post-copy');
    expect(within(heading).getByRole('link', { name: 'Link to this section' })).toHaveAttribute('href', '#pre-copy-and-post-copy');
  });

  it('renders GitHub tables and highlighted code blocks', () => {
    const { container } = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n```console\n$ virsh list\n```');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(container.querySelector('.tok-command')?.textContent).toBe('virsh');
    expect(screen.getByRole('button', { name: 'Copy commands' })).toBeInTheDocument();
  });
});

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentInput, type SourceFile } from '../../../src/engine/content/validate-content';
import { formatContentError } from '../../../src/engine/content/errors';

const ROOT = join(__dirname, '../../fixtures/content-good');

function read(dir: string, ext: string): SourceFile[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ file: `${dir}/${name}`, source: readFileSync(join(ROOT, dir, name), 'utf8') }));
}

function goodInput(): ContentInput {
  return {
    lessons: read('content/lessons', '.md'),
    questions: read('content/questions', '.yaml'),
    glossary: [{ file: 'content/glossary.yaml', source: readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8') }],
    fileExists: (path) => existsSync(join(ROOT, path)),
  };
}

/** The good fixture with one file's text changed by `edit`. */
function withEdit(file: string, edit: (source: string) => string): ContentInput {
  const input = goodInput();
  const change = (files: readonly SourceFile[]) => files.map((item) => (item.file === file ? { ...item, source: edit(item.source) } : item));
  return { ...input, lessons: change(input.lessons), questions: change(input.questions), glossary: change(input.glossary) };
}

function messages(input: ContentInput): string[] {
  return validateContent(input).errors.map(formatContentError);
}

const ALPHA = 'content/lessons/alpha.md';
const QUESTIONS = 'content/questions/terminology.yaml';

describe('validateContent on good content', () => {
  it('accepts the good fixture without errors', () => {
    const result = validateContent(goodInput());
    expect(result.errors.map(formatContentError)).toEqual([]);
    expect(result.lessons.map((lesson) => lesson.meta.id)).toEqual(['alpha', 'beta']);
    expect(result.questions.map((question) => question.id)).toEqual(['terminology-001', 'terminology-002', 'terminology-003']);
    expect(result.glossary.map((entry) => entry.term)).toEqual(['Host', 'vmx']);
  });

  it('computes heading slugs as GitHub does, and records the line of each heading', () => {
    const alpha = validateContent(goodInput()).lessons[0]!;
    expect(alpha.meta.headings.map((heading) => heading.slug)).toEqual([
      'what-you-will-be-able-to-do',
      'hosts-and-guests',
      'summary',
      'exercises',
      'exercise-1-name-the-layers',
    ]);
    expect(alpha.headingIds).toEqual({ 2: 'what-you-will-be-able-to-do', 6: 'hosts-and-guests', 23: 'summary', 27: 'exercises', 29: 'exercise-1-name-the-layers' });
  });

  it('counts callouts and gives a reading time of at least one minute', () => {
    const alpha = validateContent(goodInput()).lessons[0]!;
    expect(alpha.callouts).toEqual({ examTips: 1, mistakes: 1, answers: 1 });
    expect(alpha.meta.readingMinutes).toBe(1);
  });

  it('turns fill answers into strings and keeps case sensitivity', () => {
    const fill = validateContent(goodInput()).questions[2]!;
    expect(fill).toMatchObject({ type: 'fill', answers: ['/proc/cpuinfo'], caseSensitive: true });
  });
});

describe('validateContent reports broken content with file, line and problem', () => {
  it('a missing front-matter field', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('summary: A small lesson used to test the content pipeline.\n', '')))).toContain(
      'content/lessons/alpha.md:2: front matter.summary: Invalid input: expected string, received undefined',
    );
  });

  it('an unknown front-matter field', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('order: 1', 'order: 1\nauthor: me')))).toContain(
      'content/lessons/alpha.md:2: front matter: Unrecognized key: "author"',
    );
  });

  it('an unknown knowledge area', () => {
    const errors = messages(withEdit(ALPHA, (s) => s.replace('area: terminology', 'area: storage')));
    expect(errors.some((error) => error.startsWith('content/lessons/alpha.md:2: front matter.area: Invalid option'))).toBe(true);
  });

  it('a duplicate lesson id', () => {
    const input = goodInput();
    const copy = { file: 'content/lessons/alpha-copy.md', source: input.lessons[0]!.source.replace('order: 1', 'order: 9') };
    const errors = messages({ ...input, lessons: [...input.lessons, copy] });
    expect(errors).toContain('content/lessons/alpha-copy.md:2: duplicate lesson id "alpha" (also in content/lessons/alpha.md)');
    expect(errors).toContain('content/lessons/alpha-copy.md:2: id "alpha" must equal the file name "alpha-copy"');
  });

  it('a link to a lesson that does not exist', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('beta.md#the-beta-section', 'gamma.md')))).toContain(
      'content/lessons/alpha.md:15: link "gamma.md": no lesson with id "gamma"',
    );
  });

  it('a link to a heading that does not exist', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('beta.md#the-beta-section', 'beta.md#nowhere')))).toContain(
      'content/lessons/alpha.md:15: link "beta.md#nowhere": lesson "beta" has no heading with slug "nowhere"',
    );
  });

  it('an image that does not exist', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('figures/stack.svg', 'figures/missing.svg')))).toContain(
      'content/lessons/alpha.md:17: image "figures/missing.svg" does not exist (looked for content/lessons/figures/missing.svg)',
    );
  });

  it('an image loaded from the network', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('figures/stack.svg', 'https://example.org/a.svg')))).toContain(
      'content/lessons/alpha.md:17: image "https://example.org/a.svg": images must be local files (nothing is loaded from the network)',
    );
  });

  it('raw HTML in a lesson', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('## Summary', '<script>alert(1)</script>\n\n## Summary')))).toContain(
      'content/lessons/alpha.md:30: raw HTML is not rendered; use Markdown instead',
    );
  });

  it('a lesson without the required sections and callouts', () => {
    const errors = messages(withEdit(ALPHA, (s) => s.replace('## Summary', '## Recap').replace(/> \*\*Exam tip:\*\*/, '>')));
    expect(errors).toContain('content/lessons/alpha.md: missing the "## summary" section (see content/README.md)');
    expect(errors).toContain('content/lessons/alpha.md: needs at least one "> **Exam tip:**" callout');
  });

  it('a table with an empty header cell', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace('## Summary', '| | a |\n|---|---|\n| x | 1 |\n\n## Summary')))).toContain(
      'content/lessons/alpha.md:30: a table header cell is empty; give every column a name (screen readers announce it)',
    );
  });

  it('a file without front matter', () => {
    expect(messages(withEdit(ALPHA, (s) => s.replace(/^---\n[\s\S]*?\n---\n/, '')))).toContain(
      'content/lessons/alpha.md:1: missing front matter: the file must start with a --- fenced YAML block',
    );
  });

  it('a question that names a section that does not exist', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace('section: the-beta-section', 'section: flags')))).toContain(
      'content/questions/terminology.yaml:33: terminology-003.section: lesson "beta" has no heading with slug "flags"',
    );
  });

  it('a question that names a lesson that does not exist', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace('lesson: beta', 'lesson: gamma')))).toContain(
      'content/questions/terminology.yaml:33: terminology-003.lesson: no lesson with id "gamma"',
    );
  });

  it('a duplicate question id', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace('id: terminology-002', 'id: terminology-001')))).toContain(
      'content/questions/terminology.yaml:16: duplicate question id "terminology-001" (first used in content/questions/terminology.yaml:1)',
    );
  });

  it('a single-answer question with two correct options', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace('    - text: The guest\n', '    - text: The guest\n      correct: true\n')))).toContain(
      'content/questions/terminology.yaml:1: terminology-001.options: a single-answer question needs exactly 1 correct option, got 2',
    );
  });

  it('a multiple-answer prompt that does not say how many to choose', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace(' Choose TWO.', '')))).toContain(
      'content/questions/terminology.yaml:16: terminology-002.prompt: a multiple-answer prompt must say how many to choose ("Choose TWO.")',
    );
  });

  it('a multiple-answer prompt whose count disagrees with the options', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace('Choose TWO.', 'Choose THREE.')))).toContain(
      'content/questions/terminology.yaml:16: terminology-002.prompt: says choose 3 but 2 options are correct',
    );
  });

  it('a fill-in question without answers', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace('answers: ["/proc/cpuinfo"]', 'answers: []')))).toContain(
      'content/questions/terminology.yaml:33: terminology-003.answers: expected at least 1 accepted answer',
    );
  });

  it('a question of another area in an area file', () => {
    expect(messages(withEdit(QUESTIONS, (s) => s.replace('id: terminology-003\n  area: terminology', 'id: terminology-003\n  area: p2v')))).toContain(
      'content/questions/terminology.yaml:33: terminology-003.area: "p2v" in the file of area "terminology"',
    );
  });

  it('invalid YAML', () => {
    const errors = messages(withEdit(QUESTIONS, (s) => s.replace('  type: single\n', '  type: single\n   bad: [\n')));
    expect(errors.some((error) => error.startsWith('content/questions/terminology.yaml:') && error.includes('invalid YAML'))).toBe(true);
  });

  it('a glossary entry pointing at a missing section', () => {
    expect(messages(withEdit('content/glossary.yaml', (s) => s.replace('section: hosts-and-guests', 'section: hosts')))).toContain(
      'content/glossary.yaml:1: Host.section: lesson "alpha" has no heading with slug "hosts"',
    );
  });
});

describe('near-duplicate prompts', () => {
  it('are reported as warnings, not errors', () => {
    const edited = withEdit(QUESTIONS, (s) => s.replace('Which two run inside a virtual machine? Choose TWO.', 'Which system runs the hypervisor here? Choose TWO.'));
    const result = validateContent(edited, 0.6);
    expect(result.warnings.map(formatContentError)).toEqual([
      'content/questions/terminology.yaml:1: terminology-001 and terminology-002 have near-duplicate prompts (similarity 0.63)',
    ]);
    expect(validateContent(edited).warnings).toEqual([]);
  });
});

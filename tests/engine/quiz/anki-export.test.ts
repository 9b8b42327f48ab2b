import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ChoiceQuestion, FillQuestion, LessonId, LessonMeta } from '../../../src/engine/content/types';
import { ANKI_HEADER_LINES, buildAnkiExport, escapeAnkiText, formatAnkiNote, markdownToAnkiHtml } from '../../../src/engine/quiz/anki-export';
import { makeFill, makeMultiple, makeSingle } from './fixtures';

const lesson: LessonMeta = {
  id: 'virtualization-terminology' as LessonId,
  title: 'Virtualization terminology',
  area: 'terminology',
  order: 1,
  summary: '',
  words: 100,
  readingMinutes: 1,
  headings: [{ depth: 2, text: 'A section', slug: 'a-section' }],
};
const lessons = new Map([[lesson.id as string, lesson]]);

function fields(line: string): string[] {
  return line.split('\t');
}

describe('Anki export', () => {
  it('starts with the header lines Anki reads, then one line per question', () => {
    const questions = [makeSingle('q-1', 0), makeFill('q-2', ['svm']), makeMultiple('q-3', [0, 2])];
    const text = buildAnkiExport(questions, [lesson]);
    const lines = text.split('\n');
    expect(lines.slice(0, ANKI_HEADER_LINES.length)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#tags column:4', '#columns:GUID\tFront\tBack\tTags']);
    expect(text.endsWith('\n')).toBe(true);
    const notes = lines.slice(ANKI_HEADER_LINES.length, -1);
    expect(notes).toHaveLength(3);
    for (const note of notes) expect(fields(note)).toHaveLength(4);
  });

  it('puts the prompt and lettered options on the front and the right letters on the back', () => {
    const [guid, front, back, tags] = fields(formatAnkiNote(makeMultiple('q-3', [1, 3], 4), lessons));
    expect(guid).toBe('lpic3-351.1:q-3');
    expect(front).toBe('Prompt of q-3<br><br>A. q-3 option 0<br>B. q-3 option 1<br>C. q-3 option 2<br>D. q-3 option 3<br><br><i>Choose 2.</i>');
    expect(back).toBe(
      '<b>B. q-3 option 1<br>D. q-3 option 3</b><br><br>Explanation of q-3<br><br><small>Lesson: Virtualization terminology › A section (virtualization-terminology#a-section)</small>',
    );
    expect(tags).toBe('lpic3-351.1 area::terminology lesson::virtualization-terminology');
  });

  it('gives the accepted answers of a fill-in question as code', () => {
    const [, front, back] = fields(formatAnkiNote(makeFill('q-2', ['svm', 'SVM']), lessons));
    expect(front).toContain('<i>Type the answer.</i>');
    expect(back!.startsWith('<b><code>svm</code> or <code>SVM</code></b>')).toBe(true);
  });

  it('escapes HTML, tabs and quotes, and joins soft line breaks, so a field stays one field on one line', () => {
    const question: ChoiceQuestion = {
      ...makeSingle('q-x', 0, 2),
      prompt: 'Is <cpu mode="host-passthrough"/> & co\tvalid?\nSecond line\r\nThird',
    };
    const [, front] = fields(formatAnkiNote(question, lessons));
    expect(front!.startsWith('Is &lt;cpu mode=&quot;host-passthrough&quot;/&gt; &amp; co&#9;valid? Second line Third<br><br>A.')).toBe(true);
  });

  it('turns fenced code blocks into <pre>, code spans into <code> and bold into <b>', () => {
    const html = markdownToAnkiHtml('Run:\n\n```console\n# virsh list\n  Id  Name\n```\n\nThen use `ovs-vsctl show` **twice**.');
    expect(html).toBe('Run:<br><pre><code># virsh list<br>  Id  Name</code></pre><br>Then use <code>ovs-vsctl show</code> <b>twice</b>.');
  });

  it('keeps a lone backtick as text', () => {
    expect(markdownToAnkiHtml('a ` b')).toBe('a ` b');
  });

  it('names the lesson by id when its metadata is missing', () => {
    const question: FillQuestion = { ...makeFill('q-9', ['x']), lesson: 'gone' as LessonId };
    expect(fields(formatAnkiNote(question, lessons))[2]).toContain('Lesson: gone (gone#a-section)');
  });

  it('never lets any text break a field or a line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (prompt, option) => {
        const question: ChoiceQuestion = { ...makeSingle('q-p', 0, 2), prompt, explanation: prompt, options: [{ text: option, correct: true }, { text: 'b', correct: false }] };
        const line = formatAnkiNote(question, lessons);
        expect(line).not.toMatch(/[\n\r]/);
        expect(fields(line)).toHaveLength(4);
        expect(escapeAnkiText(prompt).replaceAll('<br>', '')).not.toMatch(/[<>"\t\n\r]/);
      }),
    );
  });
});

describe('soft line breaks', () => {
  it('joins the lines of a paragraph with a space, keeps paragraph breaks and code lines', () => {
    expect(markdownToAnkiHtml('`svm` is the AMD-V\nflag.\n\nSecond paragraph.\n\n```text\na\nb\n```')).toBe(
      '<code>svm</code> is the AMD-V flag.<br><br>Second paragraph.<br><pre><code>a<br>b</code></pre>',
    );
  });
});

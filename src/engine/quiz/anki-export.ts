import type { LessonMeta, Question } from '../content/types';

/**
 * Header lines of Anki's text import (Anki 2.1.55 and later read them; older versions need
 * "Fields separated by: Tab" and "Allow HTML in fields" ticked by hand). The first column is
 * the note's GUID, so importing a newer export updates the notes instead of duplicating them.
 */
export const ANKI_HEADER_LINES: readonly string[] = [
  '#separator:tab',
  '#html:true',
  '#guid column:1',
  '#tags column:4',
  '#columns:GUID\tFront\tBack\tTags',
];

/** Prefix of every note's GUID, so the ids cannot collide with other decks' notes. */
export const ANKI_GUID_PREFIX = 'lpic3-351.1:';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FENCE = /^```[^\n]*\n([\s\S]*?)\n?```[ \t]*$/gm;

/**
 * Escapes text for an Anki field read as HTML: &, <, > and " become entities (a quote is
 * also where Anki's reader would start a quoted field), a tab becomes &#9; and line breaks
 * become <br>, so a field never contains the file's separators.
 * @param text plain text
 */
export function escapeAnkiText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\r\n?|\n/g, '<br>');
}

function inlineToHtml(text: string): string {
  // Odd pieces of a split on backticks are code spans; the rest may hold **bold**.
  return text
    .split('`')
    .map((piece, index, pieces) => {
      const isCode = index % 2 === 1 && index < pieces.length - 1;
      if (isCode) return `<code>${escapeAnkiText(piece)}</code>`;
      const restored = index % 2 === 1 ? `\`${piece}` : piece;
      return escapeAnkiText(restored).replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>');
    })
    .join('');
}

/** In Markdown prose a single line break is a space; blank lines and list or table lines stay. */
function joinSoftBreaks(prose: string): string {
  return prose.replace(/([^\n])\n(?!\n|[-*] |\d+\. |\|)/g, '$1 ');
}

/**
 * Turns the Markdown of a prompt or explanation into Anki field HTML: fenced code blocks as
 * <pre>, `code` spans as <code>, **bold** as <b>, everything else escaped, line breaks as
 * <br>. The result holds no tab, newline or carriage return.
 * @param markdown text as written in the question bank
 */
export function markdownToAnkiHtml(markdown: string): string {
  const text = markdown.replace(/\r\n?/g, '\n').trim();
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(FENCE)) {
    parts.push(inlineToHtml(joinSoftBreaks(text.slice(last, match.index).replace(/\n+$/, ''))));
    parts.push(`<pre><code>${escapeAnkiText(match[1] ?? '')}</code></pre>`);
    last = match.index + match[0].length;
  }
  parts.push(inlineToHtml(joinSoftBreaks(text.slice(last).replace(/^\n+/, ''))));
  return parts.filter((part) => part !== '').join('<br>');
}

function frontOf(question: Question): string {
  const prompt = markdownToAnkiHtml(question.prompt);
  if (question.type === 'fill') return `${prompt}<br><br><i>Type the answer.</i>`;
  const count = question.options.filter((option) => option.correct).length;
  const instruction = question.type === 'single' ? 'Choose one.' : `Choose ${count}.`;
  const options = question.options.map((option, index) => `${LETTERS[index] ?? String(index + 1)}. ${markdownToAnkiHtml(option.text)}`);
  return `${prompt}<br><br>${options.join('<br>')}<br><br><i>${instruction}</i>`;
}

function answerOf(question: Question): string {
  if (question.type === 'fill') return question.answers.map((answer) => `<code>${escapeAnkiText(answer)}</code>`).join(' or ');
  return question.options
    .map((option, index) => ({ option, letter: LETTERS[index] ?? String(index + 1) }))
    .filter(({ option }) => option.correct)
    .map(({ option, letter }) => `${letter}. ${markdownToAnkiHtml(option.text)}`)
    .join('<br>');
}

function referenceOf(question: Question, lessons: ReadonlyMap<string, LessonMeta>): string {
  const lesson = lessons.get(question.lesson);
  const heading = lesson?.headings.find((entry) => entry.slug === question.section);
  const title = lesson?.title ?? question.lesson;
  return `Lesson: ${escapeAnkiText(title)}${heading ? ` › ${escapeAnkiText(heading.text)}` : ''} (${escapeAnkiText(`${question.lesson}#${question.section}`)})`;
}

/**
 * One note as a TSV line: GUID, front (prompt and lettered options), back (correct answers,
 * explanation, lesson reference), tags (app, area, lesson).
 * @param question the question
 * @param lessons lesson metadata by id, for the reference's titles
 */
export function formatAnkiNote(question: Question, lessons: ReadonlyMap<string, LessonMeta>): string {
  const back = `<b>${answerOf(question)}</b><br><br>${markdownToAnkiHtml(question.explanation)}<br><br><small>${referenceOf(question, lessons)}</small>`;
  const tags = ['lpic3-351.1', `area::${question.area}`, `lesson::${question.lesson}`].map((tag) => tag.replace(/\s+/g, '_')).join(' ');
  return [escapeAnkiText(`${ANKI_GUID_PREFIX}${question.id}`), frontOf(question), back, tags].join('\t');
}

/**
 * The whole question bank as a file for Anki's File › Import (Notes in Plain Text, tab
 * separated, HTML allowed): the header lines, then one line per question in bank order,
 * each line ending in a newline.
 * @param questions the question bank
 * @param lessons every lesson's metadata (titles of the lesson and section references)
 */
export function buildAnkiExport(questions: readonly Question[], lessons: readonly LessonMeta[]): string {
  const byId = new Map<string, LessonMeta>(lessons.map((lesson) => [lesson.id, lesson]));
  const lines = [...ANKI_HEADER_LINES, ...questions.map((question) => formatAnkiNote(question, byId))];
  return `${lines.join('\n')}\n`;
}

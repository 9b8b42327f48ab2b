import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/load-content';
import { formatContentError } from '../../src/engine/content/errors';
import { AREA_IDS } from '../../src/engine/content/types';

const content = loadContent(process.cwd());

describe('the real content', () => {
  it('has no errors', () => {
    expect(content.errors.map(formatContentError)).toEqual([]);
  });

  it('has no near-duplicate question prompts', () => {
    expect(content.warnings.map(formatContentError)).toEqual([]);
  });

  it('has at least one lesson per knowledge area, each of 1,200 to 3,500 words of prose', () => {
    for (const area of AREA_IDS) expect(content.lessons.some((lesson) => lesson.meta.area === area), area).toBe(true);
    for (const lesson of content.lessons) {
      expect(lesson.proseWords, lesson.meta.id).toBeGreaterThanOrEqual(1200);
      expect(lesson.proseWords, lesson.meta.id).toBeLessThanOrEqual(3500);
    }
  });

  it('has SVG figures with text alternatives', () => {
    const figures = content.lessons.flatMap((lesson) => lesson.images);
    expect(figures.length).toBeGreaterThanOrEqual(4);
    expect(figures.every((figure) => figure.target.endsWith('.svg'))).toBe(true);
  });

  it('has at least 200 questions, 15 per area, and the exam’s format mix', () => {
    const { questions } = content;
    expect(questions.length).toBeGreaterThanOrEqual(200);
    for (const area of AREA_IDS) expect(questions.filter((question) => question.area === area).length, area).toBeGreaterThanOrEqual(15);
    const share = (type: string) => questions.filter((question) => question.type === type).length / questions.length;
    expect(share('single')).toBeGreaterThanOrEqual(0.5);
    expect(share('multiple')).toBeGreaterThanOrEqual(0.15);
    expect(share('fill')).toBeGreaterThanOrEqual(0.1);
  });

  it('explains every answer in at least two sentences', () => {
    const short = content.questions.filter((question) => (question.explanation.match(/[.!?](\s|$)/g) ?? []).length < 2).map((question) => question.id);
    expect(short).toEqual([]);
  });

  it('has a glossary of at least 60 terms', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(60);
  });
});

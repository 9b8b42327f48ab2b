import { describe, expect, it } from 'vitest';
import { gradeAnswer, gradeUnanswered, normaliseFillAnswer } from '../../../src/engine/quiz/grade';
import { makeFill, makeMultiple, makeSingle } from './fixtures';

describe('gradeAnswer on a single-answer question', () => {
  const question = makeSingle('q-single', 2);

  it('is correct when exactly the correct option is picked', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [2] }, 4200);
    expect(result).toEqual({
      questionId: 'q-single',
      correct: true,
      responseMs: 4200,
      details: { kind: 'choice', selected: [2], correctOptions: [2], missed: [], wrongPicks: [], empty: false },
    });
  });

  it('is wrong when another option is picked, reporting the miss and the wrong pick', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [0] }, 1000);
    expect(result.correct).toBe(false);
    expect(result.details).toMatchObject({ missed: [2], wrongPicks: [0] });
  });

  it('is wrong when the correct option is picked together with another', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [2, 1] }, 1000);
    expect(result.correct).toBe(false);
    expect(result.details).toMatchObject({ selected: [1, 2], missed: [], wrongPicks: [1] });
  });

  it('is wrong and flagged empty when nothing is picked', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [] }, 1000);
    expect(result.correct).toBe(false);
    expect(result.details).toMatchObject({ empty: true, missed: [2], wrongPicks: [] });
  });

  it('rejects an option index that the question does not have', () => {
    expect(() => gradeAnswer(question, { kind: 'choice', selected: [4] }, 0)).toThrow(RangeError);
    expect(() => gradeAnswer(question, { kind: 'choice', selected: [-1] }, 0)).toThrow('option index -1 is out of range 0..3');
  });

  it('rejects a fill response, which cannot answer a choice question', () => {
    expect(() => gradeAnswer(question, { kind: 'fill', text: 'x' }, 0)).toThrow(TypeError);
  });

  it('counts a negative response time, caused by a clock change, as zero', () => {
    expect(gradeAnswer(question, { kind: 'choice', selected: [2] }, -50).responseMs).toBe(0);
  });
});

describe('gradeAnswer on a multiple-answer question', () => {
  const question = makeMultiple('q-multi', [1, 3]);

  it('is correct when all correct options and nothing else are picked, in any order', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [3, 1] }, 900);
    expect(result.correct).toBe(true);
    expect(result.details).toEqual({
      kind: 'choice',
      selected: [1, 3],
      correctOptions: [1, 3],
      missed: [],
      wrongPicks: [],
      empty: false,
    });
  });

  it('is wrong when one of two correct options is missing, and names the missing one', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [1] }, 900);
    expect(result.correct).toBe(false);
    expect(result.details).toMatchObject({ missed: [3], wrongPicks: [] });
  });

  it('is wrong when both correct options come with an extra wrong pick, and names the extra', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [1, 3, 4] }, 900);
    expect(result.correct).toBe(false);
    expect(result.details).toMatchObject({ missed: [], wrongPicks: [4] });
  });

  it('counts a repeated pick once', () => {
    const result = gradeAnswer(question, { kind: 'choice', selected: [1, 3, 3, 1] }, 900);
    expect(result.correct).toBe(true);
    expect(result.details).toMatchObject({ selected: [1, 3] });
  });
});

describe('gradeAnswer on a fill-in-the-blank question', () => {
  const insensitive = makeFill('q-fill', ['virt-v2v', 'virt v2v']);
  const sensitive = makeFill('q-fill-cs', ['vmx', 'VMX flag'], true);

  it('accepts the answer with extra spaces around and inside it', () => {
    const result = gradeAnswer(insensitive, { kind: 'fill', text: '   virt    v2v  ' }, 3000);
    expect(result).toEqual({
      questionId: 'q-fill',
      correct: true,
      responseMs: 3000,
      details: {
        kind: 'fill',
        given: '   virt    v2v  ',
        normalised: 'virt v2v',
        matchedAnswer: 'virt v2v',
        matchedAnswerIndex: 1,
        empty: false,
      },
    });
  });

  it('accepts a term in the wrong case when the question is case-insensitive', () => {
    const result = gradeAnswer(insensitive, { kind: 'fill', text: 'VIRT-V2V' }, 0);
    expect(result.correct).toBe(true);
    expect(result.details).toMatchObject({ matchedAnswer: 'virt-v2v', matchedAnswerIndex: 0 });
  });

  it('rejects a term in the wrong case when the question is case-sensitive', () => {
    const result = gradeAnswer(sensitive, { kind: 'fill', text: 'VMX' }, 0);
    expect(result.correct).toBe(false);
    expect(result.details).toMatchObject({ normalised: 'VMX', matchedAnswer: null, matchedAnswerIndex: null, empty: false });
  });

  it('accepts the exact case on a case-sensitive question, including a second accepted answer', () => {
    expect(gradeAnswer(sensitive, { kind: 'fill', text: 'vmx' }, 0).correct).toBe(true);
    expect(gradeAnswer(sensitive, { kind: 'fill', text: 'VMX  flag' }, 0).details).toMatchObject({ matchedAnswer: 'VMX flag' });
  });

  it('accepts an answer wrapped in quotes or backticks, even nested ones', () => {
    for (const text of ['"virt-v2v"', "'virt-v2v'", '`virt-v2v`', '"`virt-v2v`"', '` "virt-v2v" `', '\u201cvirt-v2v\u201d']) {
      expect(gradeAnswer(insensitive, { kind: 'fill', text }, 0).correct, text).toBe(true);
    }
  });

  it('rejects a wrong term', () => {
    const result = gradeAnswer(insensitive, { kind: 'fill', text: 'virt-p2v' }, 0);
    expect(result.correct).toBe(false);
    expect(result.details).toMatchObject({ matchedAnswer: null, empty: false });
  });

  it('is wrong and flagged empty when only whitespace or empty quotes are typed', () => {
    for (const text of ['', '   ', '""', ' `  ` ']) {
      const result = gradeAnswer(insensitive, { kind: 'fill', text }, 0);
      expect(result.correct, JSON.stringify(text)).toBe(false);
      expect(result.details).toMatchObject({ empty: true, normalised: '', matchedAnswer: null });
    }
  });

  it('rejects a choice response, which cannot answer a fill question', () => {
    expect(() => gradeAnswer(insensitive, { kind: 'choice', selected: [0] }, 0)).toThrow(
      "q-fill: a fill question cannot take a 'choice' response",
    );
  });
});

describe('gradeUnanswered', () => {
  it('grades a choice question left blank as wrong and empty', () => {
    const result = gradeUnanswered(makeMultiple('q-m', [0, 1]), 7000);
    expect(result).toMatchObject({
      questionId: 'q-m',
      correct: false,
      responseMs: 7000,
      details: { kind: 'choice', empty: true, missed: [0, 1] },
    });
  });

  it('grades a fill question left blank as wrong and empty, with no time by default', () => {
    const result = gradeUnanswered(makeFill('q-f', ['kvm']));
    expect(result).toMatchObject({ correct: false, responseMs: 0, details: { kind: 'fill', empty: true } });
  });
});

describe('normaliseFillAnswer', () => {
  it('trims, collapses whitespace of any kind and lower-cases when case does not matter', () => {
    expect(normaliseFillAnswer('  Open\tvSwitch \n Bridge ', false)).toBe('open vswitch bridge');
  });

  it('keeps the case when case matters', () => {
    expect(normaliseFillAnswer('  /proc/CPUinfo ', true)).toBe('/proc/CPUinfo');
  });

  it('strips matching surrounding quotes repeatedly, trimming between layers', () => {
    expect(normaliseFillAnswer(`"' \`qemu-img\` '"`, true)).toBe('qemu-img');
  });

  it('leaves quotes that do not match or are inside the answer', () => {
    expect(normaliseFillAnswer(`"qemu-img'`, true)).toBe(`"qemu-img'`);
    expect(normaliseFillAnswer(`a "b" c`, true)).toBe(`a "b" c`);
    expect(normaliseFillAnswer(`"`, true)).toBe(`"`);
  });

  it('treats composed and decomposed accents alike', () => {
    expect(normaliseFillAnswer('re\u0301seau', false)).toBe(normaliseFillAnswer('r\u00e9seau', false));
  });
});

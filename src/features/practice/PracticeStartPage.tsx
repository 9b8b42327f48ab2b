import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AREA_IDS, AREA_TITLES, type AreaId, type LessonId, type QuestionType } from '../../engine/content/types';
import { buildSession, type SessionFilters } from '../../engine/quiz/build-session';
import { hashSeed } from '../../engine/quiz/rng';
import { lessonList } from '../../lib/content';
import { useQuestionBank } from '../../lib/use-question-bank';
import { useClock, useStores, usePractice } from '../../store/stores-context';
import { Banner } from '../../ui/Banner';
import { buildQuestionHistory } from '../../engine/progress/question-history';
import './practice.css';

const SIZES = [10, 20, 40] as const;
const TYPES: readonly { id: QuestionType; label: string }[] = [
  { id: 'single', label: 'Single answer' },
  { id: 'multiple', label: 'Multiple answer' },
  { id: 'fill', label: 'Fill in the blank' },
];

type Scope = 'all' | 'areas' | 'lesson';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

function ResumeBanner() {
  const active = usePractice((state) => state.active);
  const quit = usePractice((state) => state.quit);
  if (!active) return null;
  const { session, config } = active;
  const finished = session.current >= session.items.length;
  return (
    <Banner
      tone="info"
      title={finished ? 'Your last session is finished' : `You have a session in progress: question ${session.current + 1} of ${session.items.length}`}
      actions={
        <>
          <Link className="button button--primary" to="/practice/session">
            {finished ? 'See its results' : 'Resume'}
          </Link>
          <button type="button" className="button" onClick={quit}>
            Discard it
          </button>
        </>
      }
    >
      <p>{config.label}. Answers you gave are already saved in your progress.</p>
    </Banner>
  );
}

/** Choose what to practise (areas or a lesson, formats, size, only wrong or unseen) and start. */
export function PracticeStartPage() {
  const [params] = useSearchParams();
  const presetLesson = params.get('lesson');
  const presetArea = params.get('area');
  const [scope, setScope] = useState<Scope>(presetLesson ? 'lesson' : presetArea ? 'areas' : 'all');
  const [areas, setAreas] = useState<AreaId[]>(presetArea && (AREA_IDS as readonly string[]).includes(presetArea) ? [presetArea as AreaId] : []);
  const [lesson, setLesson] = useState<string>(presetLesson ?? lessonList[0]?.id ?? '');
  const [types, setTypes] = useState<QuestionType[]>(['single', 'multiple', 'fill']);
  const [size, setSize] = useState<number>(10);
  const [custom, setCustom] = useState('15');
  const [useCustom, setUseCustom] = useState(false);
  const [only, setOnly] = useState<'any' | 'wrong' | 'unseen'>('any');
  const [error, setError] = useState<string | null>(null);
  const bank = useQuestionBank();
  const stores = useStores();
  const clock = useClock();
  const navigate = useNavigate();

  const filters = useMemo<SessionFilters>(
    () => ({
      ...(scope === 'areas' ? { areas } : {}),
      ...(scope === 'lesson' ? { lessons: [lesson as LessonId] } : {}),
      types,
      ...(only === 'wrong' ? { onlyWrong: true } : {}),
      ...(only === 'unseen' ? { onlyUnseen: true } : {}),
    }),
    [scope, areas, lesson, types, only],
  );

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (bank.status !== 'ready') return;
    const count = useCustom ? Number(custom) : size;
    if (!Number.isInteger(count) || count < 1 || count > 300) return setError('Choose a size from 1 to 300 questions.');
    if (scope === 'areas' && areas.length === 0) return setError('Pick at least one knowledge area, or choose “Everything”.');
    if (types.length === 0) return setError('Pick at least one question format.');
    const progress = stores.progress.getState().progress;
    const now = clock.now();
    const seed = hashSeed(`${now}`);
    const built = buildSession(bank.bank.questions, filters, count, seed, buildQuestionHistory(progress));
    if (built.items.length === 0) return setError(`No question matches these choices${only !== 'any' ? ` (only ${only} questions)` : ''}. Widen them and try again.`);
    const what = scope === 'lesson' ? (lessonList.find((item) => item.id === lesson)?.title ?? lesson) : scope === 'areas' ? areas.map((area) => AREA_TITLES[area]).join(', ') : 'Everything';
    stores.practice.getState().start({ filters, size: count, label: `${what} · ${built.items.length} questions` }, built, seed);
    navigate('/practice/session', { state: { shortfall: built.shortfall } });
  };

  return (
    <div className="practice-start">
      <h1 tabIndex={-1}>Practice</h1>
      <p className="lead">Questions in the exam’s three formats, with an explanation after each answer. Every answer feeds your review schedule.</p>
      <ResumeBanner />
      {bank.status === 'error' ? <p role="alert">The question bank could not be loaded ({bank.message}). Reload the page.</p> : null}
      <form className="practice-form" onSubmit={start} noValidate>
        <fieldset>
          <legend>What to practise</legend>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> Everything
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'areas'} onChange={() => setScope('areas')} /> Knowledge areas
          </label>
          {scope === 'areas' ? (
            <div className="choice-grid" role="group" aria-label="Knowledge areas">
              {AREA_IDS.map((area) => (
                <label key={area} className="choice">
                  <input type="checkbox" checked={areas.includes(area)} onChange={() => setAreas(toggle(areas, area))} /> {AREA_TITLES[area]}
                </label>
              ))}
            </div>
          ) : null}
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'lesson'} onChange={() => setScope('lesson')} /> One lesson
          </label>
          {scope === 'lesson' ? (
            <div className="field">
              <label htmlFor="practice-lesson">Lesson</label>
              <select id="practice-lesson" value={lesson} onChange={(event) => setLesson(event.target.value)}>
                {lessonList.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.order}. {item.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>Formats</legend>
          {TYPES.map((type) => (
            <label key={type.id} className="choice">
              <input type="checkbox" checked={types.includes(type.id)} onChange={() => setTypes(toggle(types, type.id))} /> {type.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Which questions</legend>
          <label className="choice">
            <input type="radio" name="only" checked={only === 'any'} onChange={() => setOnly('any')} /> Any
          </label>
          <label className="choice">
            <input type="radio" name="only" checked={only === 'wrong'} onChange={() => setOnly('wrong')} /> Only those I got wrong last time
          </label>
          <label className="choice">
            <input type="radio" name="only" checked={only === 'unseen'} onChange={() => setOnly('unseen')} /> Only questions I have not seen
          </label>
        </fieldset>
        <fieldset>
          <legend>Size</legend>
          {SIZES.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="size" checked={!useCustom && size === value} onChange={() => { setUseCustom(false); setSize(value); }} /> {value} questions
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="size" checked={useCustom} onChange={() => setUseCustom(true)} /> Custom
          </label>
          {useCustom ? (
            <div className="field field--inline">
              <label htmlFor="practice-size">Number of questions</label>
              <input id="practice-size" type="number" min={1} max={300} inputMode="numeric" value={custom} onChange={(event) => setCustom(event.target.value)} />
            </div>
          ) : null}
        </fieldset>
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={bank.status !== 'ready'}>
          {bank.status === 'loading' ? 'Loading questions…' : 'Start practice'}
        </button>
      </form>
    </div>
  );
}

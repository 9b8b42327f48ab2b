import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AREA_TITLES, type Question } from '../../engine/content/types';
import { ASSUMED_CUT_PERCENT, estimateScaledScore } from '../../engine/exam/score-exam';
import type { Progress } from '../../engine/progress/types';
import { UNSEEN_READ_RECALL_PRIOR, UNSEEN_RECALL_PRIOR } from '../../engine/srs/bank';
import { forecastReadiness, type ReadinessForecast, type ReadinessSuggestion } from '../../engine/srs/readiness';
import { findLesson } from '../../lib/content';
import { useExamStore } from '../../store/stores-context';
import { FORECAST_EXAM_SIZE } from './dashboard-data';
import { formatIsoDate, plural } from './format';

const MINUTE = 60_000;
const SUGGESTIONS_SHOWN = 5;
const LATEST_YEARS_AHEAD = 3;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" of a moment in the learner's time zone (offset east of UTC, as Clock gives it). */
function toIsoDate(epochMs: number, offsetEastMinutes: number): string {
  return new Date(epochMs + offsetEastMinutes * MINUTE).toISOString().slice(0, 10);
}

/** 9:00 local time on a "YYYY-MM-DD" date, when an exam typically starts. */
function examMoment(iso: string, offsetEastMinutes: number): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day, 9) - offsetEastMinutes * MINUTE;
}

function formatForecast(forecast: ReadinessForecast): string {
  return `${Math.round(forecast.expectedPercent)}% ± ${Math.round(forecast.standardDeviation)}`;
}

function Gauge({ forecast }: { forecast: ReadinessForecast }) {
  const x = (percent: number) => 10 + Math.min(100, Math.max(0, percent)) * 2.8;
  const low = forecast.expectedPercent - forecast.standardDeviation;
  const high = forecast.expectedPercent + forecast.standardDeviation;
  return (
    <svg className="readiness__gauge" viewBox="0 0 300 46" aria-hidden="true" focusable="false">
      <rect className="chart__track" x={10} y={12} width={280} height={12} rx={6} />
      <rect className="readiness__band" x={x(low)} y={12} width={x(high) - x(low)} height={12} rx={6} />
      <circle className="readiness__marker" cx={x(forecast.expectedPercent)} cy={18} r={7} />
      <line className="readiness__pass" x1={x(ASSUMED_CUT_PERCENT)} x2={x(ASSUMED_CUT_PERCENT)} y1={4} y2={30} />
      <text className="chart__label" x={10} y={42}>
        0%
      </text>
      <text className="chart__label" x={x(ASSUMED_CUT_PERCENT)} y={42} textAnchor="middle">
        pass ≈{ASSUMED_CUT_PERCENT}%
      </text>
      <text className="chart__label" x={290} y={42} textAnchor="end">
        100%
      </text>
    </svg>
  );
}

function ForecastFigure({ label, forecast }: { label: string; forecast: ReadinessForecast }) {
  const above = forecast.expectedPercent >= ASSUMED_CUT_PERCENT;
  return (
    <div className="readiness__figure">
      <p className="readiness__label">{label}</p>
      <p className="readiness__value">
        <strong>{formatForecast(forecast)}</strong>{' '}
        <span className="muted">(about {estimateScaledScore(forecast.expectedPercent)} on LPI’s 200–800 scale)</span>
      </p>
      <Gauge forecast={forecast} />
      <p className={above ? 'readiness__verdict readiness__verdict--above' : 'readiness__verdict readiness__verdict--below'}>
        {above ? '✓ Above' : '✗ Below'} the estimated pass mark of {ASSUMED_CUT_PERCENT}%
      </p>
    </div>
  );
}

function SuggestionItem({ suggestion }: { suggestion: ReadinessSuggestion }) {
  const gain = <span className="readiness__gain">+{suggestion.expectedGain.toFixed(1)} points</span>;
  const area = AREA_TITLES[suggestion.area];
  if (suggestion.kind === 'review') {
    return (
      <li>
        <Link to="/review">Review the {plural(suggestion.count, 'due question')} in {area}</Link> {gain}
      </li>
    );
  }
  if (suggestion.kind === 'practise') {
    return (
      <li>
        <Link to={`/practice?area=${suggestion.area}`}>Practise {plural(suggestion.count, 'new question')} in {area}</Link> {gain}
      </li>
    );
  }
  return (
    <li>
      Read{' '}
      {suggestion.lessons.map((lesson, index) => (
        <span key={lesson}>
          {index > 0 ? ' and ' : ''}
          <Link to={`/lessons/${lesson}`}>“{findLesson(lesson)?.title ?? lesson}”</Link>
        </span>
      ))}{' '}
      {gain}
    </li>
  );
}

export interface ReadinessPanelProps {
  readonly progress: Progress;
  readonly bank: readonly Question[];
  readonly now: number;
  /** Minutes east of UTC (Clock#tzOffsetMinutes), for the exam date. */
  readonly offsetEastMinutes: number;
  readonly today: ReadinessForecast;
}

/** Expected mock exam score today and on the exam date, with what would raise it most. */
export function ReadinessPanel({ progress, bank, now, offsetEastMinutes, today }: ReadinessPanelProps) {
  const examDate = useExamStore((state) => state.examDate);
  const setExamDate = useExamStore((state) => state.setExamDate);
  const [draft, setDraft] = useState(examDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const todayIso = toIsoDate(now, offsetEastMinutes);
  const latestIso = `${Number(todayIso.slice(0, 4)) + LATEST_YEARS_AHEAD}${todayIso.slice(4)}`;
  const upcoming = examDate !== null && examDate >= todayIso ? examDate : null;
  const atExam = useMemo(
    () => (upcoming === null ? null : forecastReadiness(progress, bank, examMoment(upcoming, offsetEastMinutes), { now, examSize: FORECAST_EXAM_SIZE })),
    [progress, bank, upcoming, offsetEastMinutes, now],
  );

  const changeDate = (value: string) => {
    setDraft(value);
    if (value === '') {
      setError(null);
      setExamDate(null);
    } else if (!ISO_DATE.test(value)) {
      setError('Enter a full date.');
    } else if (value < todayIso || value > latestIso) {
      setError(`Choose a date from today to ${formatIsoDate(latestIso)}.`);
    } else {
      setError(null);
      setExamDate(value);
    }
  };

  return (
    <div className="readiness">
      <div className="readiness__figures">
        <ForecastFigure label={`Expected score on a ${FORECAST_EXAM_SIZE}-question mock exam today`} forecast={today} />
        {atExam && upcoming ? <ForecastFigure label={`On your exam date, ${formatIsoDate(upcoming)}, if you stopped studying now`} forecast={atExam} /> : null}
      </div>
      <div className="field readiness__date">
        <label htmlFor={inputId}>Your exam date</label>
        <div className="readiness__date-row">
          <input
            id={inputId}
            type="date"
            value={draft}
            min={todayIso}
            max={latestIso}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => changeDate(event.target.value)}
          />
          {draft !== '' ? (
            <button type="button" className="button" onClick={() => changeDate('')}>
              Clear the date
            </button>
          ) : null}
        </div>
        {error ? (
          <p id={errorId} className="error-text">
            {error}
          </p>
        ) : null}
        {examDate !== null && upcoming === null && error === null ? <p className="muted">Your exam date, {formatIsoDate(examDate)}, has passed. Choose the next one.</p> : null}
      </div>
      <p className="readiness__method">
        How it is computed: each question you have practised counts with its probability of recall on that day from the spaced-repetition
        model, and each one you have not with an assumed {Math.round(UNSEEN_RECALL_PRIOR * 100)}% ({Math.round(UNSEEN_READ_RECALL_PRIOR * 100)}% if you have read its lesson); the areas are weighted by their share of the
        exam. The ± is one standard deviation of a {FORECAST_EXAM_SIZE}-question exam’s luck of the draw, and the date forecast assumes no
        further study, so it is a floor.
      </p>
      <h3 className="readiness__subtitle">What would raise it most</h3>
      {today.suggestions.length === 0 ? (
        <p className="muted">Nothing left to suggest: keep up with your reviews.</p>
      ) : (
        <ol className="readiness__suggestions">
          {today.suggestions.slice(0, SUGGESTIONS_SHOWN).map((suggestion) => (
            <SuggestionItem key={`${suggestion.kind}-${suggestion.area}`} suggestion={suggestion} />
          ))}
        </ol>
      )}
    </div>
  );
}

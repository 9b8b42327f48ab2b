import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useClock } from '../../store/stores-context';
import { formatClock } from './format';

const MINUTE = 60_000;
/** Moments announced to screen readers, most urgent first; nothing else is spoken. */
const ANNOUNCED: readonly { readonly at: number; readonly text: string }[] = [
  { at: MINUTE, text: '1 minute left.' },
  { at: 10 * MINUTE, text: '10 minutes left.' },
];
/** Below this the clock turns to the warning colour (the time itself is the message). */
const LOW_TIME_MS = 5 * MINUTE;
const TICK_MS = 500;

export interface ExamTimerProps {
  /** Epoch ms at which time runs out (start + duration, so a reload keeps real time). */
  readonly deadline: number;
  /** Called once when the clock reaches zero, or at once if it already has. */
  readonly onExpire: () => void;
}

/**
 * The countdown. It re-renders alone on every tick (the question above it does not), reads
 * the injected clock rather than counting ticks, so a sleeping tab catches up on waking, and
 * speaks only when 10 minutes and 1 minute are left, through a polite live region.
 */
export function ExamTimer({ deadline, onExpire }: ExamTimerProps) {
  const clock = useClock();
  const labelId = useId();
  const [now, setNow] = useState(() => clock.now());
  const [announcement, setAnnouncement] = useState('');
  const remaining = Math.max(0, deadline - now);
  const before = useRef(remaining);
  const expire = useRef(onExpire);
  useLayoutEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    const tick = () => setNow(clock.now());
    const timer = window.setInterval(tick, TICK_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [clock]);

  useEffect(() => {
    const previous = before.current;
    before.current = remaining;
    if (remaining === 0) {
      expire.current();
      return;
    }
    const crossed = ANNOUNCED.find((moment) => previous > moment.at && remaining <= moment.at);
    if (crossed) setAnnouncement(crossed.text);
  }, [remaining]);

  return (
    <div className={remaining <= LOW_TIME_MS ? 'exam-timer exam-timer--low' : 'exam-timer'}>
      <span id={labelId} className="exam-timer__label">
        Time left
      </span>
      <span role="timer" aria-labelledby={labelId} className="exam-timer__value">
        {formatClock(remaining)}
      </span>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

export interface ProgressBarProps {
  readonly value: number;
  readonly max: number;
  /** Visible text, also the accessible name. */
  readonly label: string;
}

/** A labelled progress bar; the text carries the numbers, the bar only illustrates them. */
export function ProgressBar({ value, max, label }: ProgressBarProps) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="progress">
      <span className="progress__label">{label}</span>
      <span className="progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}>
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

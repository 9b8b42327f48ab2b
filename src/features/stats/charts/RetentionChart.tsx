import type { WeekRetention } from '../../../engine/srs/stats';
import { formatDay, formatPercent, plural } from '../format';
import { ChartFigure } from './ChartFigure';

const HEIGHT = 200;
const MARGIN = { top: 22, right: 12, bottom: 36, left: 44 };
const TICKS = [0, 25, 50, 75, 100];

/**
 * True retention per week (share of answers to learned questions that were right) as a line,
 * with the learner's desired retention as a dashed target.
 * @param weeks oldest first
 * @param target desired retention, 0-1
 */
export function RetentionChart({ weeks, target }: { weeks: readonly WeekRetention[]; target: number }) {
  const reviews = weeks.reduce((sum, week) => sum + week.reviews, 0);
  const correct = weeks.reduce((sum, week) => sum + week.correct, 0);
  const description =
    reviews === 0
      ? `No reviews of learned questions in the last ${weeks.length} weeks yet: retention shows once questions come back for review.`
      : `${formatPercent((correct / reviews) * 100)} right over ${plural(reviews, 'review')} of learned questions in the last ${weeks.length} weeks, against a target of ${formatPercent(target * 100)}.`;
  const title = `True retention per week, last ${weeks.length} weeks`;
  return (
    <ChartFigure
      title={title}
      description={description}
      height={HEIGHT}
      columns={['Week of', 'Reviews', 'Right', 'Retention']}
      rows={weeks.map((week) => ({
        key: week.weekStart,
        cells: [formatDay(week.weekStart, true), week.reviews, week.correct, week.retention === null ? '–' : formatPercent(week.retention * 100)],
      }))}
    >
      {(width) => {
        const plotWidth = width - MARGIN.left - MARGIN.right;
        const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
        const slot = plotWidth / Math.max(1, weeks.length);
        const x = (index: number) => MARGIN.left + index * slot + slot / 2;
        const y = (percent: number) => MARGIN.top + plotHeight - (percent / 100) * plotHeight;
        const points = weeks.flatMap((week, index) => (week.retention === null ? [] : [{ index, week, percent: week.retention * 100 }]));
        const segments = points.slice(1).flatMap((point, at) => {
          const previous = points[at]!;
          return point.index === previous.index + 1 ? [[previous, point] as const] : [];
        });
        const labelEvery = slot < 40 ? 3 : slot < 60 ? 2 : 1;
        return (
          <>
            <text className="chart__axis-title" x={4} y={12}>
              Right
            </text>
            {TICKS.map((tick) => (
              <g key={tick}>
                <line className="chart__grid" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
                <text className="chart__label" x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
                  {tick}%
                </text>
              </g>
            ))}
            <line className="chart__target" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(target * 100)} y2={y(target * 100)} />
            <text className="chart__label chart__label--target" x={width - MARGIN.right} y={y(target * 100) - 5} textAnchor="end">
              Target {formatPercent(target * 100)}
            </text>
            {segments.map(([from, to]) => (
              <line key={from.index} className="chart__line" x1={x(from.index)} y1={y(from.percent)} x2={x(to.index)} y2={y(to.percent)} />
            ))}
            {points.map((point) => (
              <circle key={point.index} className="chart__point" cx={x(point.index)} cy={y(point.percent)} r={4}>
                <title>{`Week of ${formatDay(point.week.weekStart)}: ${formatPercent(point.percent)} of ${plural(point.week.reviews, 'review')}`}</title>
              </circle>
            ))}
            {weeks.map((week, index) =>
              (weeks.length - 1 - index) % labelEvery === 0 ? (
                <text key={week.weekStart} className="chart__label" x={x(index)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                  {formatDay(week.weekStart)}
                </text>
              ) : null,
            )}
            <line className="chart__axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} />
            <text className="chart__axis-title" x={MARGIN.left + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle">
              Week starting
            </text>
          </>
        );
      }}
    </ChartFigure>
  );
}

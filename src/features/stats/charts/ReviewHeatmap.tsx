import type { DayCount } from '../../../engine/srs/stats';
import { formatDay, monthOf, plural, WEEKDAY_NAMES } from '../format';
import { ChartFigure } from './ChartFigure';

const TOP = 20;
const LEFT = 34;
const GAP = 3;
const LEGEND = 30;

/** 0 for no reviews, else 1-4 by the share of the busiest day. */
function level(count: number, max: number): number {
  return count === 0 || max === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
}

/** The days grouped by week, Monday first; the current week may be short. */
function toWeeks(daily: readonly DayCount[]): DayCount[][] {
  const weeks: DayCount[][] = [];
  daily.forEach((day, index) => {
    if (index % 7 === 0) weeks.push([]);
    weeks.at(-1)!.push(day);
  });
  return weeks;
}

function cellSize(width: number, weeks: number): number {
  return Math.max(6, Math.min(18, Math.floor((width - LEFT) / Math.max(1, weeks)) - GAP));
}

/**
 * Answers per day over about six months, GitHub style: a column per week (Monday on top),
 * darker for busier days, with a table of the same counts.
 * @param daily one entry per day from a Monday to today
 */
export function ReviewHeatmap({ daily }: { daily: readonly DayCount[] }) {
  const weeks = toWeeks(daily);
  const max = Math.max(0, ...daily.map((day) => day.count));
  const total = daily.reduce((sum, day) => sum + day.count, 0);
  const activeDays = daily.filter((day) => day.count > 0).length;
  const first = daily[0];
  const description =
    total === 0
      ? 'No answers in the last six months yet.'
      : `${plural(total, 'answer')} on ${plural(activeDays, 'day')} since ${first ? formatDay(first.day, true) : ''}; the busiest day had ${max}.`;
  const title = 'Answers per day over the last six months';
  return (
    <ChartFigure
      title={title}
      description={description}
      height={(width) => TOP + 7 * (cellSize(width, weeks.length) + GAP) + LEGEND}
      columns={['Week of', ...WEEKDAY_NAMES]}
      rows={weeks.map((week) => ({
        key: week[0]!.day,
        cells: [formatDay(week[0]!.day, true), ...WEEKDAY_NAMES.map((_name, index) => week[index]?.count ?? '–')],
      }))}
    >
      {(width) => {
        const cell = cellSize(width, weeks.length);
        const step = cell + GAP;
        const bottom = TOP + 7 * step;
        return (
          <>
            {weeks.map((week, column) => {
              const monday = week[0]!.day;
              const newMonth = column === 0 || monthOf(monday) !== monthOf(weeks[column - 1]![0]!.day);
              return (
                <g key={monday}>
                  {newMonth && column < weeks.length - 2 ? (
                    <text className="chart__label" x={LEFT + column * step} y={TOP - 6}>
                      {monthOf(monday)}
                    </text>
                  ) : null}
                  {week.map((day, row) => (
                    <rect key={day.day} className={`chart__heat chart__heat--${level(day.count, max)}`} x={LEFT + column * step} y={TOP + row * step} width={cell} height={cell} rx={2}>
                      <title>{`${formatDay(day.day, true)}: ${plural(day.count, 'answer')}`}</title>
                    </rect>
                  ))}
                </g>
              );
            })}
            {[0, 2, 4].map((row) => (
              <text key={row} className="chart__label" x={LEFT - 6} y={TOP + row * step + cell - 1} textAnchor="end">
                {WEEKDAY_NAMES[row]}
              </text>
            ))}
            <text className="chart__label" x={LEFT} y={bottom + 18}>
              Less
            </text>
            {[0, 1, 2, 3, 4].map((shade) => (
              <rect key={shade} className={`chart__heat chart__heat--${shade}`} x={LEFT + 34 + shade * (cell + GAP)} y={bottom + 18 - cell + 2} width={cell} height={cell} rx={2} />
            ))}
            <text className="chart__label" x={LEFT + 40 + 5 * (cell + GAP)} y={bottom + 18}>
              More
            </text>
          </>
        );
      }}
    </ChartFigure>
  );
}

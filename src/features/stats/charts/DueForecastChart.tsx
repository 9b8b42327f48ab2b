import type { DayCount } from '../../../engine/srs/stats';
import { formatDay, plural } from '../format';
import { ChartFigure } from './ChartFigure';
import { niceTicks } from './use-chart-width';

const HEIGHT = 200;
const MARGIN = { top: 22, right: 10, bottom: 36, left: 38 };

function dayLabel(day: DayCount, index: number): string {
  return index === 0 ? 'Today' : formatDay(day.day);
}

/** Reviews falling due on each of the next days, as bars. */
export function DueForecastChart({ forecast }: { forecast: readonly DayCount[] }) {
  const total = forecast.reduce((sum, day) => sum + day.count, 0);
  const max = Math.max(0, ...forecast.map((day) => day.count));
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const busiest = forecast.reduce<DayCount | null>((best, day) => (best === null || day.count > best.count ? day : best), null);
  const description =
    total === 0
      ? `No reviews due in the next ${forecast.length} days.`
      : `${plural(total, 'review')} due in the next ${forecast.length} days, ${forecast[0]?.count ?? 0} of them today; the busiest day is ${busiest === forecast[0] ? 'today' : busiest ? `${formatDay(busiest.day)} with ${busiest.count}` : 'none'}.`;
  const title = `Reviews due over the next ${forecast.length} days`;
  return (
    <ChartFigure
      title={title}
      description={description}
      height={HEIGHT}
      columns={['Day', 'Reviews due']}
      rows={forecast.map((day, index) => ({ key: day.day, cells: [index === 0 ? `Today (${formatDay(day.day)})` : formatDay(day.day, true), day.count] }))}
    >
      {(width) => {
        const plotWidth = width - MARGIN.left - MARGIN.right;
        const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
        const slot = plotWidth / Math.max(1, forecast.length);
        const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
        const labelEvery = slot < 14 ? 7 : slot < 24 ? 5 : 3;
        return (
          <>
            <text className="chart__axis-title" x={MARGIN.left - 30} y={12}>
              Reviews
            </text>
            {ticks.map((tick) => (
              <g key={tick}>
                <line className="chart__grid" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
                <text className="chart__label" x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
                  {tick}
                </text>
              </g>
            ))}
            {forecast.map((day, index) => {
              const barHeight = (day.count / top) * plotHeight;
              const x = MARGIN.left + index * slot + slot * 0.15;
              return (
                <g key={day.day}>
                  {day.count > 0 ? (
                    <rect className="chart__bar" x={x} y={y(day.count)} width={Math.max(1, slot * 0.7)} height={barHeight} rx={1.5}>
                      <title>{`${dayLabel(day, index)}: ${plural(day.count, 'review')}`}</title>
                    </rect>
                  ) : null}
                  {index % labelEvery === 0 ? (
                    <text className="chart__label" x={index === 0 ? MARGIN.left : MARGIN.left + index * slot + slot / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor={index === 0 ? 'start' : 'middle'}>
                      {dayLabel(day, index)}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <line className="chart__axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} />
            <text className="chart__axis-title" x={MARGIN.left + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle">
              Day
            </text>
          </>
        );
      }}
    </ChartFigure>
  );
}

import { AREA_TITLES } from '../../../engine/content/types';
import type { AreaMastery } from '../dashboard-data';
import { ChartFigure } from './ChartFigure';

const ROW = 46;
const BAR = 12;
const LEGEND = 30;
/** Room right of each bar for "12 of 22". */
const COUNT_WIDTH = 72;
const LEGEND_ITEMS = [
  { label: 'mastered', className: 'chart__bar' },
  { label: 'seen', className: 'chart__seen' },
  { label: 'not seen', className: 'chart__track' },
] as const;

/**
 * Per knowledge area, a bar split into mastered, seen (not yet mastered) and not seen
 * questions, with the area's name above it and the mastered count beside it.
 */
export function AreaMasteryChart({ areas }: { areas: readonly AreaMastery[] }) {
  const mastered = areas.reduce((sum, area) => sum + area.mastered, 0);
  const questions = areas.reduce((sum, area) => sum + area.questions, 0);
  const strongest = [...areas].sort((a, b) => b.mastered / b.questions - a.mastered / a.questions)[0];
  const description =
    mastered === 0
      ? `No question mastered yet in any of the ${areas.length} areas.`
      : `${mastered} of ${questions} questions mastered; strongest area: ${strongest ? AREA_TITLES[strongest.area] : ''}.`;
  const title = 'Mastery by knowledge area';
  return (
    <ChartFigure
      title={title}
      description={description}
      height={areas.length * ROW + LEGEND}
      columns={['Knowledge area', 'Questions', 'Seen', 'Mastered']}
      rows={areas.map((area) => ({ key: area.area, cells: [AREA_TITLES[area.area], area.questions, area.seen, area.mastered] }))}
    >
      {(width) => {
        const barWidth = Math.max(40, width - COUNT_WIDTH);
        const legendY = areas.length * ROW + 18;
        return (
          <>
            {areas.map((area, index) => {
              const top = index * ROW;
              const masteredWidth = (area.mastered / area.questions) * barWidth;
              const seenWidth = ((area.seen - area.mastered) / area.questions) * barWidth;
              return (
                <g key={area.area}>
                  <text className="chart__text" x={0} y={top + 15}>
                    {AREA_TITLES[area.area]}
                  </text>
                  <rect className="chart__track" x={0} y={top + 22} width={barWidth} height={BAR} rx={3} />
                  <rect className="chart__seen" x={masteredWidth} y={top + 22} width={Math.max(0, seenWidth)} height={BAR} />
                  <rect className="chart__bar" x={0} y={top + 22} width={masteredWidth} height={BAR} rx={3} />
                  <text className="chart__label" x={width} y={top + 32} textAnchor="end">
                    {area.mastered} of {area.questions}
                  </text>
                </g>
              );
            })}
            {LEGEND_ITEMS.map((item, index) => (
              <g key={item.label}>
                <rect className={item.className} x={index * 96} y={legendY - 10} width={12} height={12} rx={2} />
                <text className="chart__label" x={index * 96 + 17} y={legendY}>
                  {item.label}
                </text>
              </g>
            ))}
          </>
        );
      }}
    </ChartFigure>
  );
}

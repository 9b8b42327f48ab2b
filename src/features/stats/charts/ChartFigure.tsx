import { useId, type ReactNode } from 'react';
import { useChartWidth } from './use-chart-width';

export interface ChartFigureProps {
  /** What the chart shows; the SVG's <title>. */
  readonly title: string;
  /** The gist in one sentence; the SVG's <desc>, also shown under it. */
  readonly description: string;
  readonly height: number | ((width: number) => number);
  /** Draws the chart at the measured width. */
  readonly children: (width: number) => ReactNode;
  /** Column headings of the same data as a table, for screen readers and anyone who prefers numbers. */
  readonly columns: readonly string[];
  /** One row per data point; the first cell names the row. */
  readonly rows: readonly ChartRow[];
}

export interface ChartRow {
  readonly key: string | number;
  readonly cells: readonly ReactNode[];
}

function DataTable({ title, columns, rows }: { title: string; columns: readonly string[]; rows: readonly ChartRow[] }) {
  return (
    <table>
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) => (index === 0 ? <th key={index} scope="row">{cell}</th> : <td key={index}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A hand-drawn SVG chart with its title, a one-line description and a "Show as table"
 * alternative. Colours come from CSS classes on theme variables, so both themes work.
 */
export function ChartFigure({ title, description, height, children, columns, rows }: ChartFigureProps) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const titleId = useId();
  const descriptionId = useId();
  const chartHeight = typeof height === 'function' ? height(width) : height;
  return (
    <figure className="chart">
      <div ref={ref} className="chart__canvas">
        <svg
          className="chart__svg"
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          width={width}
          height={chartHeight}
          viewBox={`0 0 ${width} ${chartHeight}`}
        >
          <title id={titleId}>{title}</title>
          <desc id={descriptionId}>{description}</desc>
          {children(width)}
        </svg>
      </div>
      <figcaption className="chart__caption">{description}</figcaption>
      <details className="chart__details">
        <summary>
          Show as table<span className="visually-hidden">: {title}</span>
        </summary>
        <div className="table-scroll" role="region" aria-label={`${title}: table`} tabIndex={0}>
          <DataTable title={title} columns={columns} rows={rows} />
        </div>
      </details>
    </figure>
  );
}

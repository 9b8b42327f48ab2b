import { Link } from 'react-router';
import type { DashboardData } from './dashboard-data';

export interface SummaryTilesProps {
  readonly data: DashboardData;
  readonly lessonsRead: number;
  readonly lessons: number;
}

/** The headline numbers, each with what it counts. */
export function SummaryTiles({ data, lessonsRead, lessons }: SummaryTilesProps) {
  return (
    <dl className="stats-tiles">
      <div className="stats-tile">
        <dt>Lessons read</dt>
        <dd>
          <strong>{lessonsRead}</strong> of {lessons}
        </dd>
      </div>
      <div className="stats-tile">
        <dt>Questions seen</dt>
        <dd>
          <strong>{data.seen}</strong> of {data.questions}
        </dd>
      </div>
      <div className="stats-tile">
        <dt>Mastered</dt>
        <dd>
          <strong>{data.mastered}</strong> <span className="stats-tile__note">recall ≥ 90%</span>
        </dd>
      </div>
      <div className="stats-tile">
        <dt>Due today</dt>
        <dd>
          <strong>{data.dueToday}</strong> {data.dueToday > 0 ? <Link to="/review">Review now</Link> : null}
        </dd>
      </div>
      <div className="stats-tile">
        <dt>Streak</dt>
        <dd>
          <strong>{data.streak}</strong> {data.streak === 1 ? 'day' : 'days'}
        </dd>
      </div>
      <div className="stats-tile">
        <dt>Labs</dt>
        <dd>
          <strong>{data.labTasksDone}</strong> {data.labTasksDone === 1 ? 'task' : 'tasks'} done
        </dd>
      </div>
    </dl>
  );
}

import { Link } from 'react-router';

/** The body of a 404: what was not found and the way back. */
export function NotFoundMessage({ what }: { what: string }) {
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>{what}</p>
      <p>
        <Link to="/">Back to the lessons</Link>
      </p>
    </div>
  );
}

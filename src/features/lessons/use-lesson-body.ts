import { useEffect, useState } from 'react';
import type { LessonBody } from '../../engine/content/lesson-body';
import { loadLessonBody } from '../../lib/content';

export type LessonBodyState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly body: LessonBody }
  | { readonly status: 'error'; readonly message: string };

/** Loads a lesson's body chunk; a failed load (offline, stale deploy) becomes a message. */
export function useLessonBody(id: string): LessonBodyState {
  const [state, setState] = useState<LessonBodyState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    loadLessonBody(id).then(
      (body) => !cancelled && setState({ status: 'ready', body }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [id]);
  return state;
}

import { Banner } from '../ui/Banner';
import { downloadText } from '../lib/download';
import { useProgressActions, useProgressStore } from '../store/stores-context';

/** Tells the learner when saved progress was damaged or could not be saved, and what to do. */
export function PersistenceBanner() {
  const issue = useProgressStore((state) => state.issue);
  const { dismissIssue } = useProgressActions();
  if (!issue) return null;
  if (issue.kind === 'damaged') {
    return (
      <Banner
        tone="error"
        title="Your saved progress could not be read"
        actions={
          <>
            <button type="button" className="button" onClick={() => downloadText('lpic3-progress-damaged.json', issue.raw)}>
              Download the damaged data
            </button>
            <button type="button" className="button" onClick={dismissIssue}>
              Start fresh
            </button>
          </>
        }
      >
        <p>{issue.message}</p>
      </Banner>
    );
  }
  return (
    <Banner tone="warning" title="Progress not saved" actions={<button type="button" className="button" onClick={dismissIssue}>Dismiss</button>}>
      <p>{issue.message}</p>
    </Banner>
  );
}

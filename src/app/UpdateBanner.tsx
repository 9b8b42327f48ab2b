import { Banner } from '../ui/Banner';
import { usePendingUpdate } from './service-worker';

/** Offers the new version once it has been downloaded; reloading keeps all progress. */
export function UpdateBanner() {
  const apply = usePendingUpdate();
  if (!apply) return null;
  return (
    <Banner
      tone="info"
      title="A new version of the app is ready"
      actions={
        <button type="button" className="button button--primary" onClick={apply}>
          Reload to update
        </button>
      }
    >
      <p>Your progress is kept: it is stored in this browser, not in the app’s files.</p>
    </Banner>
  );
}

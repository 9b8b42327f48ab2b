import type { BankState } from '../lib/use-question-bank';
import { Banner } from './Banner';

/** While the question bank loads, says so; if it cannot be loaded, says what to do. */
export function BankStatus({ bank }: { bank: BankState }) {
  if (bank.status === 'loading') return <p role="status">Loading questions…</p>;
  if (bank.status === 'error') {
    return (
      <Banner tone="error" title="The questions could not be loaded">
        <p>{bank.message}. Reload the page to try again.</p>
      </Banner>
    );
  }
  return null;
}

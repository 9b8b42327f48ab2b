import { render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { createTestStores } from '../../helpers/render-app';

/**
 * Renders the app at a lab's address with the labs store already loaded, as it is after the
 * first visit: the page then renders at once instead of suspending inside the test's act().
 * @param path e.g. `/labs/ovs`
 * @param initial stored values to start from, e.g. a saved sandbox
 */
export async function renderLab(path: string, initial: Record<string, string> = {}) {
  const context = createTestStores(initial);
  await context.stores.labs.load();
  const view = render(<App stores={context.stores} initialPath={path} />);
  return { ...context, view };
}

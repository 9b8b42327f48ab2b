import { StoresProvider, type Stores } from '../store/stores-context';
import { AppRouter } from './router';

/** The whole app: stores and routes. Tests render it with in-memory stores and a start path. */
export function App({ stores, initialPath }: { stores: Stores; initialPath?: string }) {
  return (
    <StoresProvider stores={stores}>
      <AppRouter initialPath={initialPath} />
    </StoresProvider>
  );
}

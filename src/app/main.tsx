import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppStores } from './create-stores';
import { applyTheme } from './theme';
import { registerServiceWorker } from './service-worker';
import './styles.css';

const stores = createAppStores();
// Paint the remembered theme before React renders, so the page does not flash.
applyTheme(stores.preferences.getState().theme);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App stores={stores} />
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`);

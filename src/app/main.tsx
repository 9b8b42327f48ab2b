import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppStores } from './create-stores';
import { applyTheme } from './theme';
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

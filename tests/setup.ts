import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// The machines that run the suite are shared and slow at times: give lazy chunks time to load.
configure({ asyncUtilTimeout: 5000 });

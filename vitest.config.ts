import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/vite-content-plugin';


export default defineConfig({
  plugins: [react(), contentPlugin()],
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    globals: false,
    benchmark: { include: ['bench/**/*.bench.{ts,tsx}'] },
  },
});

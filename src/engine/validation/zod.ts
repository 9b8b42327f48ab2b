/**
 * The zod used by code that runs in the browser: zod/mini (tree-shakable, ~10 KB gzipped
 * against ~26 KB for the classic API) with English messages. Build-time code (content
 * parsing) uses classic zod, which never reaches the browser.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };

/* Validates all content and prints every problem as "file:line: message". */
import { loadContent } from './load-content';
import { formatContentError } from '../src/engine/content/errors';

const content = loadContent(process.cwd());
for (const warning of content.warnings) console.warn(`warning: ${formatContentError(warning)}`);
for (const error of content.errors) console.error(formatContentError(error));
console.log(
  `${content.lessons.length} lessons, ${content.questions.length} questions, ${content.glossary.length} glossary terms: ` +
    `${content.errors.length} errors, ${content.warnings.length} warnings`,
);
process.exit(content.errors.length > 0 ? 1 : 0);

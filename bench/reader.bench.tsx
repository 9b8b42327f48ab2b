import { bench, describe } from 'vitest';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import documents from 'virtual:content/search';
import { lessons, loaders } from 'virtual:content/lessons';
import { createLessonSearch } from '../src/lib/search-index';
import { LessonContent } from '../src/ui/LessonContent';

const search = createLessonSearch(documents);
const longest = [...lessons].sort((a, b) => b.words - a.words)[0]!;
const body = (await loaders[longest.id]!()).default;

describe('lesson reader', () => {
  bench('build the search index over all lessons', () => {
    createLessonSearch(documents);
  });

  bench('search query "ovs-appctl" over all lessons', () => {
    search('ovs-appctl');
  });

  bench('search query "live migration downtime" over all lessons', () => {
    search('live migration downtime');
  });

  bench(`render the longest lesson (${longest.id}, ${longest.words} words) to HTML`, () => {
    renderToString(
      <MemoryRouter>
        <LessonContent tree={body.tree} figures={body.figures} />
      </MemoryRouter>,
    );
  });
});

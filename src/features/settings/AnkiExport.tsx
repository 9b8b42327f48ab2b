import { buildAnkiExport } from '../../engine/quiz/anki-export';
import { lessonList } from '../../lib/content';
import { downloadText } from '../../lib/download';
import { useQuestionBank } from '../../lib/use-question-bank';

/** Downloads the question bank as a tab-separated file for Anki's File › Import. */
export function AnkiExport() {
  const bank = useQuestionBank();
  const exportBank = () => {
    if (bank.status !== 'ready') return;
    downloadText('lpic3-351.1-questions-anki.txt', buildAnkiExport(bank.bank.questions, lessonList), 'text/tab-separated-values;charset=utf-8');
  };
  return (
    <div className="settings-anki">
      <p>
        Study the {bank.status === 'ready' ? bank.bank.questions.length : ''} questions in Anki as well: one note per question, the prompt and
        lettered options on the front, the answer, explanation and lesson section on the back.
      </p>
      <ol className="settings-anki__steps">
        <li>Download the file below.</li>
        <li>
          In Anki choose <strong>File › Import</strong> and pick it. Anki 2.1.55 or later reads the settings from the file: tab separated,
          HTML allowed, the first column as the note’s ID so a later import updates the notes instead of duplicating them.
        </li>
        <li>
          Choose the <strong>Basic</strong> note type and a deck, then <strong>Import</strong>.
        </li>
      </ol>
      {bank.status === 'error' ? (
        <p role="alert" className="error-text">
          The questions could not be loaded ({bank.message}). Reload the page to try again.
        </p>
      ) : null}
      <button type="button" className="button" onClick={exportBank} disabled={bank.status !== 'ready'}>
        {bank.status === 'loading' ? 'Loading questions…' : 'Export questions for Anki'}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AREA_TITLES, type Question, type QuestionId } from '../../engine/content/types';
import { useQuestionBank } from '../../lib/use-question-bank';
import { useClock } from '../../store/stores-context';
import { Banner } from '../../ui/Banner';
import { InlineMarkdown } from '../../ui/InlineMarkdown';
import { Markdown } from '../../ui/Markdown';
import { NotFoundMessage } from '../../ui/NotFoundMessage';
import { choiceInstruction } from '../../ui/question/QuestionView';
import { lessonLinkFor } from '../../ui/question/Feedback';
import { QuestionInfoPanel } from './QuestionInfoPanel';
import './review.css';

function Answer({ question }: { question: Question }) {
  const link = lessonLinkFor(question);
  return (
    <details className="question-page__answer">
      <summary>Show the answer and explanation</summary>
      {question.type === 'fill' ? (
        <p>
          Accepted: {question.answers.map((answer, index) => (
            <span key={answer}>
              {index > 0 ? ', ' : ''}
              <code>{answer}</code>
            </span>
          ))}
        </p>
      ) : (
        <ul>
          {question.options
            .filter((option) => option.correct)
            .map((option) => (
              <li key={option.text}>
                <InlineMarkdown text={option.text} />
              </li>
            ))}
        </ul>
      )}
      <Markdown>{question.explanation}</Markdown>
      <p>
        Read in the lesson: <Link to={link.to}>{link.label}</Link>
      </p>
    </details>
  );
}

/** /review/questions/:questionId: one question with its card info, reachable for any question. */
export function QuestionInfoPage() {
  const { questionId = '' } = useParams();
  const clock = useClock();
  const bank = useQuestionBank();
  const [now] = useState(() => clock.now());
  if (bank.status === 'loading') return <p role="status">Loading questions…</p>;
  if (bank.status === 'error') {
    return (
      <>
        <h1 tabIndex={-1}>Question info</h1>
        <Banner tone="error" title="The questions could not be loaded">
          <p>{bank.message}. Reload the page to try again.</p>
        </Banner>
      </>
    );
  }
  const question = bank.bank.byId.get(questionId as QuestionId);
  if (!question) return <NotFoundMessage what={`There is no question “${questionId}” in the bank. It may have been retired.`} />;
  return (
    <div className="question-page">
      <p className="eyebrow">
        <Link to="/review/questions">All questions</Link> · {AREA_TITLES[question.area]}
      </p>
      <h1 tabIndex={-1}>Question info</h1>
      <section className="question-page__prompt" aria-label="The question">
        <Markdown>{question.prompt}</Markdown>
        {question.type === 'fill' ? null : (
          <ol className="question-page__options" type="A">
            {question.options.map((option) => (
              <li key={option.text}>
                <InlineMarkdown text={option.text} />
              </li>
            ))}
          </ol>
        )}
        <p className="muted">{choiceInstruction(question)}</p>
      </section>
      <Answer question={question} />
      <h2>Memory and history</h2>
      <QuestionInfoPanel questionId={question.id} now={now} />
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { OVS_TASKS } from '../../../engine/labs/ovs';
import type { AnswerCheck, OvsTask, OvsTaskQuestion } from '../../../engine/labs/ovs';
import { currentTaskId } from '../../../store/labs-store';
import { InlineMarkdown } from '../../../ui/InlineMarkdown';
import { ProgressBar } from '../../../ui/ProgressBar';
import { lessonSection } from '../lesson-section';

type Answer = (taskId: string, answer: string) => AnswerCheck;

function TaskQuestion({ task, question, done, onAnswer }: { task: OvsTask; question: OvsTaskQuestion; done: boolean; onAnswer: Answer }) {
  const [answer, setAnswer] = useState('');
  const [check, setCheck] = useState<AnswerCheck | null>(null);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCheck(onAnswer(task.id, answer));
  };
  return (
    <div className="lab-task-question">
      <form className="lab-task-question__form" onSubmit={submit}>
        <label htmlFor={id} className="lab-task-question__label">
          <InlineMarkdown text={question.prompt} />
        </label>
        <div className="lab-task-question__row">
          <input id={id} type="text" value={answer} onChange={(event) => setAnswer(event.target.value)} autoComplete="off" autoCapitalize="off" spellCheck={false} maxLength={200} />
          <button type="submit" className="button">
            Check answer
          </button>
        </div>
      </form>
      <div role="status">
        {check ? (
          <p className={check.correct ? 'lab-verdict lab-verdict--right' : 'lab-verdict lab-verdict--wrong'}>
            <strong>{check.correct ? '✓ ' : '✗ Not yet. '}</strong>
            <InlineMarkdown text={check.explanation} />
          </p>
        ) : done ? (
          <p className="lab-verdict lab-verdict--right">
            <strong>✓ Answered correctly.</strong>
          </p>
        ) : null}
      </div>
    </div>
  );
}

function statusOf(done: boolean, current: boolean): { key: string; icon: string; text: string } {
  if (done) return { key: 'done', icon: '✓', text: 'Done' };
  if (current) return { key: 'current', icon: '→', text: 'Current task' };
  return { key: 'todo', icon: '\u00a0', text: 'To do' };
}

function TaskItem({ task, index, done, current, onAnswer }: { task: OvsTask; index: number; done: boolean; current: boolean; onAnswer: Answer }) {
  const status = statusOf(done, current);
  const section = lessonSection(task.lesson, task.section);
  return (
    <li className={`lab-task lab-task--${status.key}`} aria-current={current ? 'step' : undefined}>
      <p className="lab-task__status">
        <span className="lab-task__icon" aria-hidden="true">
          {status.icon}
        </span>
        {status.text}
      </p>
      <h3 className="lab-task__title">
        Task {index + 1}: {task.title}
      </h3>
      <p className="lab-task__instructions">
        <InlineMarkdown text={task.instructions} />
      </p>
      {task.question && (done || current) ? <TaskQuestion task={task} question={task.question} done={done} onAnswer={onAnswer} /> : null}
      {task.question && !done && !current ? <p className="muted lab-task__note">The answer box opens once the tasks above are done.</p> : null}
      <details className="lab-task__hint">
        <summary>Show a hint</summary>
        <p>
          Try <code>{task.hint}</code>
        </p>
      </details>
      <p className="lab-task__link">
        <Link to={section.href}>Read “{section.title}” in the lesson</Link>
      </p>
    </li>
  );
}

export interface OvsTaskListProps {
  readonly completed: readonly string[];
  readonly onAnswer: Answer;
  /** The last task completion to announce, or ''. */
  readonly announcement: string;
}

/** The guided tasks as a checklist, ticked from the sandbox's state in order. */
export function OvsTaskList({ completed, onAnswer, announcement }: OvsTaskListProps) {
  const current = currentTaskId(completed);
  return (
    <section className="ovs-tasks" aria-labelledby="tasks-title">
      <h2 id="tasks-title">Guided tasks</h2>
      <ProgressBar value={completed.length} max={OVS_TASKS.length} label={`${completed.length} of ${OVS_TASKS.length} tasks done`} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ol className="lab-task-list">
        {OVS_TASKS.map((task, index) => (
          <TaskItem key={task.id} task={task} index={index} done={completed.includes(task.id)} current={task.id === current} onAnswer={onAnswer} />
        ))}
      </ol>
      {current === null ? (
        <p className="lab-verdict lab-verdict--right">
          <strong>✓ All tasks done.</strong> Keep experimenting, or reset the sandbox to do them again.
        </p>
      ) : null}
    </section>
  );
}

import { memo, useEffect, useRef, type FormEvent } from 'react';
import type { TranscriptLine } from '../../../store/labs-store';
import { useCommandHistory } from './use-command-history';

const INPUT_ID = 'ovs-command';

const TranscriptView = memo(function TranscriptView({ transcript }: { transcript: readonly TranscriptLine[] }) {
  if (transcript.length === 0) {
    return (
      <p className="ovs-terminal__line ovs-terminal__line--output">
        Open vSwitch sandbox: a simulation, nothing runs on a real switch. Type help to list the commands.
      </p>
    );
  }
  return (
    <>
      {transcript.map((line, index) => (
        // Lines have no identity of their own; the transcript only ever grows at the end or empties.
        <p key={index} className={`ovs-terminal__line ovs-terminal__line--${line.kind}`}>
          {line.kind === 'command' ? (
            <span className="ovs-terminal__ps1" aria-hidden="true">
              #{' '}
            </span>
          ) : null}
          {line.kind === 'command' ? <span className="visually-hidden">Command: </span> : null}
          {line.text === '' ? '\u00a0' : line.text}
        </p>
      ))}
    </>
  );
});

export interface OvsTerminalProps {
  readonly transcript: readonly TranscriptLine[];
  readonly history: readonly string[];
  readonly onRun: (line: string) => void;
}

/** A terminal-like panel: the output log and a prompt with shell-style history. */
export function OvsTerminal({ transcript, history, onRun }: OvsTerminalProps) {
  const prompt = useCommandHistory(history);
  const logRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [transcript]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRun(prompt.draft);
    prompt.reset();
  };

  return (
    <section className="ovs-terminal-section" aria-labelledby="terminal-title">
      <h2 id="terminal-title">Terminal</h2>
      <p className="ovs-terminal-section__help">
        Type a command and press <kbd>Enter</kbd>. <kbd>↑</kbd> and <kbd>↓</kbd> walk through earlier commands;{' '}
        <code>help</code> lists what the sandbox simulates and <code>clear</code> empties the screen.
      </p>
      <div className="ovs-terminal">
        <div ref={logRef} className="ovs-terminal__log" role="log" aria-live="polite" aria-label="Terminal output" tabIndex={0}>
          <TranscriptView transcript={transcript} />
        </div>
        <form className="ovs-terminal__prompt" onSubmit={submit}>
          <label htmlFor={INPUT_ID} className="ovs-terminal__label">
            <span aria-hidden="true">#</span>
            <span className="visually-hidden">Command</span>
          </label>
          <input
            id={INPUT_ID}
            className="ovs-terminal__input"
            type="text"
            value={prompt.draft}
            onChange={(event) => prompt.setDraft(event.target.value)}
            onKeyDown={prompt.onKeyDown}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="send"
            maxLength={2000}
          />
          <button type="submit" className="button ovs-terminal__run">
            Run
          </button>
        </form>
      </div>
    </section>
  );
}

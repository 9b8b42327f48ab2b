import { memo, useState } from 'react';
import { highlightCode, type Token } from '../lib/highlight';

const LANGUAGE_LABELS: Readonly<Record<string, string>> = {
  console: 'shell session',
  bash: 'bash',
  sh: 'sh',
  ini: 'config',
  conf: 'config',
  xml: 'XML',
  yaml: 'YAML',
  json: 'JSON',
  text: 'text',
};

/** The commands of a console block (prompts removed), for the copy button. */
function commandsOf(code: string, language: string): string {
  if (language !== 'console') return code;
  return code
    .split('\n')
    .map((line) => /^(?:[$#]|[\w.-]+@[\w.-]+\S*\s?[$#]|\[[^\]]+\][$#]) (.*)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

function TokenSpan({ token }: { token: Token }) {
  return token.kind === 'plain' ? <>{token.text}</> : <span className={`tok-${token.kind}`}>{token.text}</span>;
}

/** A fenced code block with syntax highlighting, its language and a copy button. */
export const CodeBlock = memo(function CodeBlock({ code, language }: { code: string; language: string }) {
  const [copied, setCopied] = useState(false);
  const lines = highlightCode(code, language);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(commandsOf(code, language));
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="code-block">
      <div className="code-block__bar">
        <span className="code-block__lang">{LANGUAGE_LABELS[language] ?? language ?? 'text'}</span>
        <button type="button" className="code-block__copy" onClick={copy}>
          {copied ? 'Copied' : language === 'console' ? 'Copy commands' : 'Copy'}
        </button>
      </div>
      <pre tabIndex={0} aria-label={`${LANGUAGE_LABELS[language] ?? 'code'} example`}>
        <code>
          {lines.map((tokens, index) => (
            <span className="code-line" key={index}>
              {tokens.map((token, position) => (
                <TokenSpan key={position} token={token} />
              ))}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
});

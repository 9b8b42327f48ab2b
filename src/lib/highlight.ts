/**
 * A small, dependency-free syntax highlighter for the languages the lessons use.
 * It returns tokens rather than HTML, so rendering stays in React and nothing is injected.
 */
export type TokenKind =
  | 'plain'
  | 'prompt'
  | 'command'
  | 'option'
  | 'string'
  | 'comment'
  | 'variable'
  | 'output'
  | 'tag'
  | 'attr'
  | 'key'
  | 'number'
  | 'section'
  | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

type LineHighlighter = (line: string) => Token[];

function push(tokens: Token[], kind: TokenKind, text: string): void {
  if (!text) return;
  const last = tokens[tokens.length - 1];
  if (last && last.kind === kind) tokens[tokens.length - 1] = { kind, text: last.text + text };
  else tokens.push({ kind, text });
}

const SHELL_WORD = /^(\s+|#.*$|"(?:[^"\\]|\\.)*"?|'[^']*'?|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|--?[A-Za-z0-9][\w-]*(?:=\S*)?|[|&;<>()]+|[^\s|&;<>()"'$#]+|.)/;

/** Highlights one line of shell code (no prompt). The first word of a command is a command. */
function highlightShellCode(line: string, tokens: Token[]): void {
  let rest = line;
  let expectCommand = true;
  while (rest.length > 0) {
    const match = SHELL_WORD.exec(rest);
    const text = match?.[0] ?? rest;
    if (/^\s+$/.test(text)) push(tokens, 'plain', text);
    else if (text.startsWith('#')) push(tokens, 'comment', text);
    else if (text.startsWith('"') || text.startsWith("'")) push(tokens, 'string', text);
    else if (text.startsWith('$')) push(tokens, 'variable', text);
    else if (/^[|&;()]+$/.test(text)) {
      push(tokens, 'punct', text);
      expectCommand = true;
    } else if (/^[<>]+$/.test(text)) push(tokens, 'punct', text);
    else if (/^--?[A-Za-z0-9]/.test(text)) push(tokens, 'option', text);
    else if (expectCommand && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) {
      push(tokens, 'command', text);
      expectCommand = text === 'sudo' || text === 'time' || text === 'env';
    } else push(tokens, 'plain', text);
    rest = rest.slice(text.length);
  }
}

const highlightBash: LineHighlighter = (line) => {
  const tokens: Token[] = [];
  highlightShellCode(line, tokens);
  return tokens;
};

/** Prompts that start a command line in a console session. */
const PROMPTS = [
  /^[$#] /, // plain "$ " and "# "
  /^[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s?[$#] /, // user@host:~$
  /^\[[^\]]+\][$#] /, // [root@host ~]#
  /^(?:virsh|ovs-sim|\(qemu\)) ?[#>]? /, // interactive shells: "virsh # ", "(qemu) "
];

/** A console session: lines after a prompt are commands, the rest is output. */
const highlightConsole: LineHighlighter = (line) => {
  const tokens: Token[] = [];
  const prompt = PROMPTS.map((pattern) => pattern.exec(line)?.[0]).find((found) => found !== undefined);
  if (prompt) {
    push(tokens, 'prompt', prompt);
    highlightShellCode(line.slice(prompt.length), tokens);
  } else push(tokens, 'output', line);
  return tokens;
};

const highlightXml: LineHighlighter = (line) => {
  const tokens: Token[] = [];
  const pattern = /(<!--.*?-->|<\/?[\w:.-]+|\/?>|[\w:.-]+(?==)|"[^"]*"|'[^']*'|[^<>"'\s=]+|\s+|.)/g;
  let inTag = false;
  for (const match of line.matchAll(pattern)) {
    const text = match[0];
    if (text.startsWith('<!--')) push(tokens, 'comment', text);
    else if (text.startsWith('<')) {
      push(tokens, 'tag', text);
      inTag = true;
    } else if (text === '>' || text === '/>') {
      push(tokens, 'tag', text);
      inTag = false;
    } else if (inTag && (text.startsWith('"') || text.startsWith("'"))) push(tokens, 'string', text);
    else if (inTag && /^[\w:.-]+$/.test(text)) push(tokens, 'attr', text);
    else push(tokens, 'plain', text);
  }
  return tokens;
};

/** INI, YAML and key = value files share one highlighter: comments, sections, keys, values. */
const highlightKeyValue: LineHighlighter = (line) => {
  const tokens: Token[] = [];
  if (/^\s*[#;]/.test(line)) return [{ kind: 'comment', text: line }];
  const section = /^(\s*)(\[[^\]]+\])(.*)$/.exec(line);
  if (section) {
    push(tokens, 'plain', section[1] ?? '');
    push(tokens, 'section', section[2] ?? '');
    push(tokens, 'plain', section[3] ?? '');
    return tokens;
  }
  const pair = /^(\s*-?\s*)([\w.@/-]+)(\s*[:=])(.*)$/.exec(line);
  if (!pair) return [{ kind: 'plain', text: line }];
  push(tokens, 'plain', pair[1] ?? '');
  push(tokens, 'key', pair[2] ?? '');
  push(tokens, 'punct', pair[3] ?? '');
  const value = pair[4] ?? '';
  const trimmed = value.trim();
  if (/^["'].*["']$/.test(trimmed)) push(tokens, 'string', value);
  else if (/^-?\d+(\.\d+)?$/.test(trimmed) || /^(true|false|yes|no|on|off|null)$/i.test(trimmed)) push(tokens, 'number', value);
  else push(tokens, 'plain', value);
  return tokens;
};

const highlightJson: LineHighlighter = (line) => {
  const tokens: Token[] = [];
  for (const match of line.matchAll(/("(?:[^"\\]|\\.)*"(?=\s*:))|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|(\s+)|(.)/g)) {
    if (match[1]) push(tokens, 'key', match[1]);
    else if (match[2]) push(tokens, 'string', match[2]);
    else if (match[3] || match[4]) push(tokens, 'number', match[0]);
    else push(tokens, 'plain', match[0]);
  }
  return tokens;
};

const LANGUAGES: Readonly<Record<string, LineHighlighter>> = {
  console: highlightConsole,
  'shell-session': highlightConsole,
  bash: highlightBash,
  sh: highlightBash,
  shell: highlightBash,
  xml: highlightXml,
  html: highlightXml,
  svg: highlightXml,
  ini: highlightKeyValue,
  conf: highlightKeyValue,
  yaml: highlightKeyValue,
  toml: highlightKeyValue,
  json: highlightJson,
};

/** Whether the highlighter knows a language; others are shown as plain text. */
export function isHighlighted(language: string): boolean {
  return language in LANGUAGES;
}

/**
 * Splits code into lines of tokens for one language.
 * @param code the code block's text (a trailing newline is dropped)
 * @param language the fence's language tag; unknown tags give plain text
 */
export function highlightCode(code: string, language: string): Token[][] {
  const lines = code.replace(/\n$/, '').split('\n');
  const highlight = LANGUAGES[language.toLowerCase()];
  return lines.map((line) => (highlight ? highlight(line) : [{ kind: 'plain', text: line }]));
}

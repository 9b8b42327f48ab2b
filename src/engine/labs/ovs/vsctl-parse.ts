import { CommandFailure, failVsctl } from './command-failure';

/** One ovs-vsctl command of a line (commands are separated by `--`). */
export interface VsctlCommand {
  readonly name: string;
  readonly args: readonly string[];
  /** Options given before the command name, e.g. `--may-exist`. */
  readonly options: ReadonlySet<string>;
}

/** What the words after `ovs-vsctl` ask for. */
export type VsctlInvocation =
  | { readonly kind: 'commands'; readonly commands: readonly VsctlCommand[]; readonly dryRun: boolean }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

/** Global options the sandbox accepts and ignores (they matter only for a real daemon). */
const IGNORED_GLOBAL = new Set(['--no-wait', '--retry', '--oneline', '--no-syslog']);
const GLOBAL_WITH_VALUE = ['--timeout=', '--db='];
/** Per-command options that ovs-vsctl knows; which command takes which is checked later. */
export const COMMAND_OPTIONS = new Set(['--may-exist', '--if-exists', '--with-iface', '--real', '--fake']);

/**
 * Read the words after `ovs-vsctl`: global options, then commands separated by `--`, each
 * with its own options before its name (as in `ovs-vsctl --may-exist add-br br0`).
 * @param words the words after the program name
 * @returns the commands, or a request for help or the version
 */
export function parseVsctlWords(words: readonly string[]): VsctlInvocation {
  let index = 0;
  let dryRun = false;
  const firstOptions: string[] = [];
  for (; index < words.length; index += 1) {
    const word = words[index] ?? '';
    if (!word.startsWith('-') || word === '--') break;
    if (word === '--help' || word === '-h') return { kind: 'help' };
    if (word === '--version' || word === '-V') return { kind: 'version' };
    if (word === '--dry-run') dryRun = true;
    else if (word === '-t') index += 1;
    else if (COMMAND_OPTIONS.has(word)) firstOptions.push(word);
    else if (!IGNORED_GLOBAL.has(word) && !GLOBAL_WITH_VALUE.some((prefix) => word.startsWith(prefix))) {
      throw new CommandFailure(`ovs-vsctl: unrecognized option '${word}'`, 1);
    }
  }
  return { kind: 'commands', commands: splitCommands(words.slice(index), firstOptions), dryRun };
}

function splitCommands(words: readonly string[], firstOptions: readonly string[]): VsctlCommand[] {
  const commands: VsctlCommand[] = [];
  let segment: string[] = [...firstOptions];
  const flush = (): void => {
    if (segment.length > 0) commands.push(parseSegment(segment));
    segment = [];
  };
  for (const word of words) {
    if (word === '--') flush();
    else segment.push(word);
  }
  flush();
  if (commands.length === 0) failVsctl('missing command name (use --help for help)');
  return commands;
}

function parseSegment(words: readonly string[]): VsctlCommand {
  const options = new Set<string>();
  let index = 0;
  for (; index < words.length && (words[index] ?? '').startsWith('-'); index += 1) {
    const option = words[index] ?? '';
    if (options.has(option)) failVsctl(`'${option}' option specified multiple times`);
    options.add(option);
  }
  const name = words[index];
  if (name === undefined) failVsctl('missing command name (use --help for help)');
  return { name, args: words.slice(index + 1), options };
}

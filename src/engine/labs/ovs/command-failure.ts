/**
 * Raised inside a simulated tool when it would exit with an error (ovs-vsctl's
 * `ctl_fatal`). runCommand catches it, so it never leaves the engine.
 */
export class CommandFailure extends Error {
  readonly exitCode: number;

  /**
   * @param message the full text the terminal shows, e.g. `ovs-vsctl: no bridge named br9`
   * @param exitCode the tool's exit status (default 1)
   */
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CommandFailure';
    this.exitCode = exitCode;
  }
}

/**
 * Stop an ovs-vsctl command with an error, prefixed as the real tool prints it.
 * @param message the text after `ovs-vsctl: `
 * @returns never; always throws CommandFailure with exit code 1
 */
export function failVsctl(message: string): never {
  throw new CommandFailure(`ovs-vsctl: ${message}`, 1);
}

/**
 * Format an OVSDB string as ovs-vsctl prints it: bare when it is a simple identifier,
 * otherwise in double quotes (OVS 2.12 and later allow digits in bare words).
 * @param value the string
 * @returns e.g. `br0`, `"3.3.0"`, `""`
 */
export function formatOvsdbString(value: string): string {
  const first = value.charAt(0);
  const simple =
    /^[A-Za-z_]$/.test(first) &&
    /^[A-Za-z0-9_.-]*$/.test(value) &&
    value !== 'true' &&
    value !== 'false';
  return simple ? value : JSON.stringify(value);
}

/** The OpenFlow port number OVS gives a bridge's own internal port (printed as LOCAL). */
export const OFPORT_LOCAL = 65534;

/** An interface of a port; the sandbox gives every port exactly one, named like the port. */
export interface OvsInterface {
  readonly name: string;
  /** `internal` for the bridge's own port; '' for a tap device or NIC (nothing shown). */
  readonly type: '' | 'internal';
  /** OpenFlow port number; OFPORT_LOCAL for the bridge's own port. */
  readonly ofport: number;
}

/** A port of a bridge. No `tag` and no `trunks` makes it a trunk for every VLAN. */
export interface OvsPort {
  readonly name: string;
  /** Access VLAN (0-4095), or null for a trunk port. */
  readonly tag: number | null;
  /** VLANs a trunk port carries; empty means all of them. */
  readonly trunks: readonly number[];
  readonly interfaces: readonly OvsInterface[];
}

/** One learned MAC address (an entry of `ovs-appctl fdb/show`). */
export interface MacEntry {
  /** Name of the port the address was learned on. */
  readonly port: string;
  readonly vlan: number;
  /** Lower-case, colon-separated, e.g. 52:54:00:1a:2b:3c. */
  readonly mac: string;
  /** Epoch milliseconds of the last frame seen from this address. */
  readonly learnedAt: number;
}

/** A bridge with its ports (its own internal port first) and its MAC learning table. */
export interface OvsBridge {
  readonly name: string;
  readonly ports: readonly OvsPort[];
  /** Least recently refreshed entry first, as OVS lists them. */
  readonly macTable: readonly MacEntry[];
  /** Next OpenFlow port number to hand out; OVS does not reuse numbers at once. */
  readonly nextOfport: number;
}

/** The whole sandbox: an Open vSwitch database plus the switch's MAC tables. Immutable. */
export interface OvsState {
  readonly bridges: readonly OvsBridge[];
  /** Seeds the UUID that `ovs-vsctl show` prints first, so it is stable. */
  readonly databaseSeed: string;
  readonly ovsVersion: string;
}

/** What running one command line gave. */
export interface CommandResult {
  readonly state: OvsState;
  /** What the terminal shows (stdout and stderr together), without a trailing newline. */
  readonly output: string;
  /** 0 on success; 1 for ovs-vsctl errors, 2 for ovs-appctl errors and br-exists misses, 127 unknown program. */
  readonly exitCode: number;
}

/** Which command produced the pasted text. */
export type CpuInputFormat = 'proc-cpuinfo' | 'lscpu';

/** The instruction-set family, which decides which flags mean anything. */
export type InstructionSet = 'x86' | 'arm' | 'other';

/** One `processor : N` block of /proc/cpuinfo, keys as printed (e.g. `model name`). */
export interface CpuBlock {
  readonly processor: number;
  readonly fields: ReadonlyMap<string, string>;
}

/** What the parser understood from a paste, in the same shape for both commands. */
export interface ParsedCpuInput {
  readonly format: CpuInputFormat;
  readonly instructionSet: InstructionSet;
  /** e.g. `x86_64`, `i686`, `aarch64`, `ARMv7`; from lscpu's `Architecture` when present. */
  readonly architecture: string;
  /** `vendor_id`/`Vendor ID` (GenuineIntel, AuthenticAMD) or the ARM implementer's name. */
  readonly vendorId: string | null;
  /** `model name`/`Model name`, or a name derived from the ARM part number; null when unknown. */
  readonly modelName: string | null;
  readonly logicalCpus: number;
  /** `flags` (x86) or `Features` (ARM) of the first CPU; empty when the input had none. */
  readonly flags: ReadonlySet<string>;
  /** True when the input actually listed flags, so that an absent flag means something. */
  readonly flagsListed: boolean;
  /** The `vmx flags` line (Linux 5.6 and later, Intel VT-x only); null when absent. */
  readonly vmxFlags: ReadonlySet<string> | null;
  /** lscpu's `Virtualization` line (VT-x, AMD-V), null when absent or for /proc/cpuinfo. */
  readonly virtualization: string | null;
  /** lscpu's `Hypervisor vendor` line (KVM, VMware, Microsoft, Xen ...). */
  readonly hypervisorVendor: string | null;
  /** lscpu's `Virtualization type` line (full, para, container, none). */
  readonly virtualizationType: string | null;
  /** /proc/cpuinfo: one entry per logical CPU; lscpu: empty. */
  readonly processors: readonly CpuBlock[];
  /** lscpu: every `key: value` line; /proc/cpuinfo: lines outside processor blocks (ARM `Hardware`, `Model`). */
  readonly extraFields: ReadonlyMap<string, string>;
  /** How many CPUs list different flags from the first one (a cut-off paste, or mixed cores). */
  readonly cpusWithOtherFlags: number;
  /** Things the parser skipped, as plain sentences. */
  readonly warnings: readonly string[];
}

/** Why a paste could not be read. */
export type CpuParseErrorCode = 'empty' | 'too-large' | 'unrecognized';

/** A paste that could not be read, with a message to show as is. */
export interface CpuParseError {
  readonly code: CpuParseErrorCode;
  /** A plain sentence for the learner; may contain `code`. */
  readonly message: string;
}

/** parseCpuInput's answer: the parsed input, or an error. */
export type CpuParseResult =
  | { readonly ok: true; readonly input: ParsedCpuInput }
  | { readonly ok: false; readonly error: CpuParseError };

/** How a view should mark a finding: ok (green), info, warn, error (red). */
export type FindingSeverity = 'ok' | 'warn' | 'info' | 'error';

/** One observation about the CPU, linked to the lesson section that explains it. */
export interface Finding {
  /** Stable id, e.g. `hardware-virtualization`; views may key lists on it. */
  readonly id: string;
  readonly severity: FindingSeverity;
  readonly title: string;
  /** Plain sentences; may contain inline `code`. */
  readonly detail: string;
  readonly lesson: 'cpu-flags';
  /** Heading slug in the cpu-flags lesson. */
  readonly section: string;
}

/** CPU maker as the inspector groups them. */
export type CpuVendor = 'intel' | 'amd' | 'arm' | 'other';

/** The inspector's verdict on one paste. */
export interface CpuAnalysis {
  readonly vendor: CpuVendor;
  readonly modelName: string | null;
  readonly logicalCpus: number;
  readonly architecture: string;
  readonly format: CpuInputFormat;
  readonly findings: readonly Finding[];
}

/** ARM implementer codes (MIDR_EL1 bits 31:24) as printed in `CPU implementer`. */
const IMPLEMENTERS: Readonly<Record<string, string>> = {
  '0x41': 'ARM',
  '0x42': 'Broadcom',
  '0x43': 'Cavium',
  '0x48': 'HiSilicon',
  '0x4e': 'NVIDIA',
  '0x51': 'Qualcomm',
  '0x61': 'Apple',
  '0xc0': 'Ampere',
};

/** Cores designed by ARM itself (implementer 0x41), keyed by `CPU part`. */
const ARM_CORES: Readonly<Record<string, string>> = {
  '0xc07': 'Cortex-A7',
  '0xc0f': 'Cortex-A15',
  '0xd03': 'Cortex-A53',
  '0xd04': 'Cortex-A35',
  '0xd05': 'Cortex-A55',
  '0xd07': 'Cortex-A57',
  '0xd08': 'Cortex-A72',
  '0xd09': 'Cortex-A73',
  '0xd0a': 'Cortex-A75',
  '0xd0b': 'Cortex-A76',
  '0xd0c': 'Neoverse-N1',
  '0xd40': 'Neoverse-V1',
  '0xd41': 'Cortex-A78',
  '0xd49': 'Neoverse-N2',
};

/**
 * Name the company behind an ARM `CPU implementer` code.
 * @param code e.g. `0x41`; undefined when the line is missing
 * @returns e.g. `ARM`, the raw code when unknown, or null when missing
 */
export function describeArmImplementer(code: string | undefined): string | null {
  if (code === undefined) return null;
  return IMPLEMENTERS[code.toLowerCase()] ?? code;
}

/**
 * Name an ARM core from its implementer and part codes.
 * @param implementer e.g. `0x41`
 * @param part e.g. `0xd08`
 * @returns e.g. `ARM Cortex-A72`, or null when the pair is not in the table
 */
export function describeArmPart(
  implementer: string | undefined,
  part: string | undefined,
): string | null {
  if (implementer?.toLowerCase() !== '0x41' || part === undefined) return null;
  const core = ARM_CORES[part.toLowerCase()];
  return core ? `ARM ${core}` : null;
}

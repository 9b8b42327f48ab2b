/** FNV-1a over a string, with a salt so one name can yield several independent numbers. */
function hashText(text: string, salt: number): number {
  let hash = (0x811c9dc5 ^ salt) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

function toHex(value: number, digits: number): string {
  return value.toString(16).padStart(8, '0').slice(-digits);
}

/**
 * The MAC address of the virtual machine behind a port, stable for a given port name.
 * Uses QEMU/libvirt's 52:54:00 prefix, as a KVM guest's NIC would have.
 * @param portName e.g. `tap0`
 * @returns e.g. `52:54:00:9c:41:07`
 */
export function macForPort(portName: string): string {
  const bits = toHex(hashText(portName, 0x5a), 6);
  return `52:54:00:${bits.slice(0, 2)}:${bits.slice(2, 4)}:${bits.slice(4, 6)}`;
}

/**
 * The MAC of the host side of a tap device: libvirt copies the guest's MAC and sets the
 * first byte to fe, so the host's end never clashes with the guest's.
 * @param portName e.g. `tap0`
 * @returns e.g. `fe:54:00:9c:41:07`
 */
export function hostMacForPort(portName: string): string {
  return `fe${macForPort(portName).slice(2)}`;
}

/**
 * A version-4-shaped UUID derived from text, so tests and screenshots stay stable.
 * @param seed any text, e.g. the state's databaseSeed
 * @returns e.g. `3f2a9c1e-7b4d-4e21-9a0f-5c6d7e8f9a0b`
 */
export function deriveUuid(seed: string): string {
  const words = [1, 2, 3, 4].map((salt) => toHex(hashText(seed, salt), 8));
  const [first = '', second = '', third = '', fourth = ''] = words;
  const variant = ((Number.parseInt(third.slice(0, 1), 16) & 0x3) | 0x8).toString(16);
  return `${first}-${second.slice(0, 4)}-4${second.slice(5, 8)}-${variant}${third.slice(1, 4)}-${third.slice(4, 8)}${fourth}`;
}

/** The four boxes of the hypervisor classifier. */
export type HypervisorCategory = 'type-1' | 'type-2' | 'os-level' | 'emulation';

/** A box of the board, with its title and a one-line description. */
export interface CategoryInfo {
  readonly id: HypervisorCategory;
  readonly title: string;
  readonly description: string;
}

/** A product to sort, with the box (or boxes) counted as right and why. */
export interface ClassifierItem {
  readonly id: string;
  readonly name: string;
  /** Boxes counted as correct; the first is the textbook answer. */
  readonly accepted: readonly HypervisorCategory[];
  /** Two or three sentences, shown after every placement. */
  readonly explanation: string;
  /** Lesson id and heading slug that teach the item's category. */
  readonly lesson: string;
  readonly section: string;
}

/** Where each category is taught, in one place so that a renamed heading needs one change. */
export const CLASSIFIER_SECTIONS = {
  'type-1': { lesson: 'hypervisor-types', section: 'type-1-bare-metal-hypervisors' },
  'type-2': { lesson: 'hypervisor-types', section: 'type-2-hosted-hypervisors' },
  'os-level': { lesson: 'virtualization-terminology', section: 'os-level-virtualization-containers' },
  emulation: { lesson: 'virtualization-terminology', section: 'virtualization-emulation-and-simulation' },
  kvmDispute: { lesson: 'hypervisor-types', section: 'why-sources-disagree-about-kvm' },
} as const;

type ItemFacts = Omit<ClassifierItem, 'lesson' | 'section'>;

/** Attach the lesson link of the item's textbook category (or the KVM dispute section). */
function withLesson(item: ItemFacts): ClassifierItem {
  const key = item.id === 'kvm' ? 'kvmDispute' : (item.accepted[0] ?? 'type-1');
  return { ...item, ...CLASSIFIER_SECTIONS[key] };
}

/** The categories, in the order a board shows them. */
export const CLASSIFIER_CATEGORIES: readonly CategoryInfo[] = [
  { id: 'type-1', title: 'Type 1 (bare metal)', description: 'The hypervisor runs directly on the hardware and schedules the guests itself.' },
  { id: 'type-2', title: 'Type 2 (hosted)', description: 'A program on a general-purpose host OS runs the guests, relying on that OS for scheduling and devices.' },
  { id: 'os-level', title: 'OS-level (containers)', description: 'Isolated user spaces share the host kernel; there is no guest kernel at all.' },
  { id: 'emulation', title: 'Emulation', description: 'Software imitates a whole machine, translating or interpreting every guest instruction.' },
];

/** The items to sort. Facts checked against vendor documentation; disputes are explained. */
export const CLASSIFIER_ITEMS: readonly ClassifierItem[] = ([
  {
    id: 'xen',
    name: 'Xen',
    accepted: ['type-1'],
    explanation: 'Xen boots before any operating system and schedules every domain itself. The privileged Linux domain, Dom0, manages the others and drives the hardware, but it is itself a guest of the hypervisor.',
  },
  {
    id: 'kvm',
    name: 'KVM',
    accepted: ['type-1'],
    explanation: 'KVM turns the Linux kernel itself into the hypervisor: guests are processes scheduled by that kernel, which runs directly on the hardware, so Red Hat and most current vendor material class it as type 1. Others call it type 2 because that kernel is a general-purpose OS whose processes are the VMs; that is the dispute, but the usual exam answer is type 1.',
  },
  {
    id: 'esxi',
    name: 'VMware ESXi',
    accepted: ['type-1'],
    explanation: 'ESXi is installed on the bare server; its own VMkernel schedules the virtual machines. There is no general-purpose host OS underneath, only a small management layer.',
  },
  {
    id: 'hyper-v',
    name: 'Microsoft Hyper-V',
    accepted: ['type-1'],
    explanation: 'Once the Hyper-V role is enabled, the hypervisor boots first and the existing Windows installation becomes the root (parent) partition running on top of it. It looks hosted, but Windows itself is then a privileged guest, so Hyper-V is type 1.',
  },
  {
    id: 'virtualbox',
    name: 'Oracle VirtualBox',
    accepted: ['type-2'],
    explanation: 'VirtualBox is an application installed on Windows, macOS or Linux, with kernel modules that use VT-x/AMD-V. The host OS owns the hardware and schedules VirtualBox like any other program.',
  },
  {
    id: 'vmware-workstation',
    name: 'VMware Workstation',
    accepted: ['type-2'],
    explanation: 'Workstation (and Workstation Player) runs as an application on a Windows or Linux desktop. The host OS keeps control of the hardware, which makes it the textbook type 2 hypervisor.',
  },
  {
    id: 'parallels',
    name: 'Parallels Desktop',
    accepted: ['type-2'],
    explanation: 'Parallels Desktop is an application for macOS; on current Macs it uses the hypervisor support built into macOS. The Mac\'s operating system stays the host that owns the hardware, so Parallels is hosted (type 2).',
  },
  {
    id: 'qemu-tcg',
    name: 'QEMU with TCG (no KVM)',
    accepted: ['emulation', 'type-2'],
    explanation: 'Without KVM, QEMU\'s Tiny Code Generator translates every guest instruction into host instructions, so it can even run an ARM guest on an x86 host: that makes it emulation. It is also a user-space program on a host OS, so in type 1 / type 2 terms it is hosted (type 2), and both boxes count.',
  },
  {
    id: 'bochs',
    name: 'Bochs',
    accepted: ['emulation'],
    explanation: 'Bochs interprets x86 instructions one by one in portable C++, emulating the CPU, memory and devices of a whole PC. It is slow but very exact, which makes it popular for debugging operating systems.',
  },
  {
    id: 'dosbox',
    name: 'DOSBox',
    accepted: ['emulation'],
    explanation: 'DOSBox emulates an x86 PC with DOS-era sound and graphics hardware, so old DOS programs and games run on modern systems. It uses no hardware virtualization at all.',
  },
  {
    id: 'lxc',
    name: 'LXC',
    accepted: ['os-level'],
    explanation: 'LXC builds system containers from kernel namespaces and cgroups. Every container shares the host\'s Linux kernel; only the user space is separate.',
  },
  {
    id: 'systemd-nspawn',
    name: 'systemd-nspawn',
    accepted: ['os-level'],
    explanation: 'systemd-nspawn starts a directory tree or image as a container with its own namespaces, managed by systemd-machined. Like every container it runs on the host kernel, so it is OS-level virtualization.',
  },
  {
    id: 'docker',
    name: 'Docker',
    accepted: ['os-level'],
    explanation: 'Docker runs application containers built from image layers, using the same kernel namespaces and cgroups. No guest kernel boots: the processes run on the host kernel.',
  },
  {
    id: 'openvz',
    name: 'OpenVZ',
    accepted: ['os-level'],
    explanation: 'OpenVZ runs many isolated Linux containers on a single modified Linux kernel. It was an early form of OS-level virtualization for hosting providers, before namespaces and cgroups were complete in mainline Linux.',
  },
] satisfies ItemFacts[]).map(withLesson);

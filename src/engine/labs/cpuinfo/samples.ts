/** A ready-made paste the learner can load into the inspector. */
export interface CpuSample {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

type Field = readonly [key: string, value: string];

/** Render `key<TAB>: value` lines the way the kernel pads them (tabs to column 16). */
function renderFields(fields: readonly Field[]): string {
  return fields
    .map(([key, value]) => {
      const padding = key.length >= 16 ? '' : key.length >= 8 ? '\t' : '\t\t';
      return `${key}${padding}: ${value}`.trimEnd();
    })
    .join('\n');
}

/** Repeat a processor block for CPUs 0..count-1, with per-CPU fields filled in. */
function renderCpus(count: number, fieldsFor: (cpu: number) => readonly Field[]): string {
  return Array.from({ length: count }, (_, cpu) => renderFields(fieldsFor(cpu))).join('\n\n') + '\n';
}

const INTEL_FLAGS =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc art arch_perfmon pebs bts rep_good nopl xtopology nonstop_tsc cpuid aperfmperf pni pclmulqdq dtes64 monitor ds_cpl vmx smx est tm2 ssse3 sdbg fma cx16 xtpr pdcm pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand lahf_lm abm 3dnowprefetch cpuid_fault epb invpcid_single pti ssbd ibrs ibpb stibp tpr_shadow vnmi flexpriority ept vpid ept_ad fsgsbase tsc_adjust bmi1 hle avx2 smep bmi2 erms invpcid rtm mpx rdseed adx smap clflushopt intel_pt xsaveopt xsavec xgetbv1 xsaves dtherm ida arat pln pts hwp hwp_notify hwp_act_window hwp_epp md_clear flush_l1d arch_capabilities';

const INTEL_VMX_FLAGS =
  'vnmi preemption_timer invvpid ept_x_only ept_ad ept_1gb flexpriority tsc_offset vtpr mtf vapic ept vpid unrestricted_guest ple shadow_vmcs pml ept_mode_based_exec';

/** Intel Core i5-6500 (Skylake, 4 cores, no Hyper-Threading), Ubuntu 22.04 kernel 5.15. */
const INTEL_HOST = renderCpus(4, (cpu) => [
  ['processor', String(cpu)],
  ['vendor_id', 'GenuineIntel'],
  ['cpu family', '6'],
  ['model', '94'],
  ['model name', 'Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz'],
  ['stepping', '3'],
  ['microcode', '0xf0'],
  ['cpu MHz', '3200.000'],
  ['cache size', '6144 KB'],
  ['physical id', '0'],
  ['siblings', '4'],
  ['core id', String(cpu)],
  ['cpu cores', '4'],
  ['apicid', String(cpu * 2)],
  ['initial apicid', String(cpu * 2)],
  ['fpu', 'yes'],
  ['fpu_exception', 'yes'],
  ['cpuid level', '22'],
  ['wp', 'yes'],
  ['flags', INTEL_FLAGS],
  ['vmx flags', INTEL_VMX_FLAGS],
  ['bugs', 'cpu_meltdown spectre_v1 spectre_v2 spec_store_bypass l1tf mds swapgs taa itlb_multihit srbds mmio_stale_data retbleed gds'],
  ['bogomips', '6399.96'],
  ['clflush size', '64'],
  ['cache_alignment', '64'],
  ['address sizes', '39 bits physical, 48 bits virtual'],
  ['power management', ''],
]);

const AMD_FLAGS =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm constant_tsc rep_good nopl nonstop_tsc cpuid extd_apicid aperfmperf rapl pni pclmulqdq monitor ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand lahf_lm cmp_legacy svm extapic cr8_legacy abm sse4a misalignsse 3dnowprefetch osvw skinit wdt tce topoext perfctr_core perfctr_nb bpext perfctr_llc mwaitx cpb hw_pstate ssbd ibpb vmmcall fsgsbase bmi1 avx2 smep bmi2 rdseed adx smap clflushopt sha_ni xsaveopt xsavec xgetbv1 xsaves clzero irperf xsaveerptr arat npt lbrv svm_lock nrip_save tsc_scale vmcb_clean flushbyasid decodeassists pausefilter pfthreshold avic v_vmsave_vmload vgif overflow_recov succor smca';

/** AMD Ryzen 3 3200G (Zen+, 4 cores, no SMT), Ubuntu 22.04 kernel 5.15. */
const AMD_HOST = renderCpus(4, (cpu) => [
  ['processor', String(cpu)],
  ['vendor_id', 'AuthenticAMD'],
  ['cpu family', '23'],
  ['model', '24'],
  ['model name', 'AMD Ryzen 3 3200G with Radeon Vega Graphics'],
  ['stepping', '1'],
  ['microcode', '0x8108109'],
  ['cpu MHz', '3600.000'],
  ['cache size', '512 KB'],
  ['physical id', '0'],
  ['siblings', '4'],
  ['core id', String(cpu)],
  ['cpu cores', '4'],
  ['apicid', String(cpu)],
  ['initial apicid', String(cpu)],
  ['fpu', 'yes'],
  ['fpu_exception', 'yes'],
  ['cpuid level', '13'],
  ['wp', 'yes'],
  ['flags', AMD_FLAGS],
  ['bugs', 'sysret_ss_attrs null_seg spectre_v1 spectre_v2 spec_store_bypass retbleed smt_rsb'],
  ['bogomips', '7186.09'],
  ['TLB size', '2560 4K pages'],
  ['clflush size', '64'],
  ['cache_alignment', '64'],
  ['address sizes', '43 bits physical, 48 bits virtual'],
  ['power management', 'ts ttp tm hwpstate cpb eff_freq_ro [13] [14]'],
]);

const GUEST_FLAGS =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss syscall nx pdpe1gb rdtscp lm constant_tsc arch_perfmon rep_good nopl xtopology cpuid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch cpuid_fault invpcid_single pti ssbd ibrs ibpb stibp fsgsbase tsc_adjust bmi1 hle avx2 smep bmi2 erms invpcid rtm mpx rdseed adx smap clflushopt xsaveopt xsavec xgetbv1 xsaves arat umip md_clear arch_capabilities';

/** A 2-vCPU KVM guest with libvirt's Skylake-Client-IBRS model: `hypervisor`, no `vmx`. */
const KVM_GUEST = renderCpus(2, (cpu) => [
  ['processor', String(cpu)],
  ['vendor_id', 'GenuineIntel'],
  ['cpu family', '6'],
  ['model', '94'],
  ['model name', 'Intel Core Processor (Skylake, IBRS)'],
  ['stepping', '3'],
  ['microcode', '0x1'],
  ['cpu MHz', '3191.998'],
  ['cache size', '16384 KB'],
  ['physical id', '0'],
  ['siblings', '2'],
  ['core id', String(cpu)],
  ['cpu cores', '2'],
  ['apicid', String(cpu)],
  ['initial apicid', String(cpu)],
  ['fpu', 'yes'],
  ['fpu_exception', 'yes'],
  ['cpuid level', '13'],
  ['wp', 'yes'],
  ['flags', GUEST_FLAGS],
  ['bugs', 'cpu_meltdown spectre_v1 spectre_v2 spec_store_bypass l1tf mds swapgs taa itlb_multihit srbds mmio_unknown retbleed'],
  ['bogomips', '6383.99'],
  ['clflush size', '64'],
  ['cache_alignment', '64'],
  ['address sizes', '40 bits physical, 48 bits virtual'],
  ['power management', ''],
]);

/** Intel Atom N270 netbook CPU (1 core with Hyper-Threading): neither `vmx` nor `lm`. */
const ATOM_NO_VTX = renderCpus(2, (cpu) => [
  ['processor', String(cpu)],
  ['vendor_id', 'GenuineIntel'],
  ['cpu family', '6'],
  ['model', '28'],
  ['model name', 'Intel(R) Atom(TM) CPU N270   @ 1.60GHz'],
  ['stepping', '2'],
  ['microcode', '0x218'],
  ['cpu MHz', '1600.000'],
  ['cache size', '512 KB'],
  ['physical id', '0'],
  ['siblings', '2'],
  ['core id', '0'],
  ['cpu cores', '1'],
  ['apicid', String(cpu)],
  ['initial apicid', String(cpu)],
  ['fdiv_bug', 'no'],
  ['f00f_bug', 'no'],
  ['coma_bug', 'no'],
  ['fpu', 'yes'],
  ['fpu_exception', 'yes'],
  ['cpuid level', '10'],
  ['wp', 'yes'],
  ['flags', 'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe nx constant_tsc arch_perfmon pebs bts aperfmperf pni dtes64 monitor ds_cpl est tm2 ssse3 xtpr pdcm movbe lahf_lm dtherm'],
  ['bugs', 'spectre_v1 spectre_v2'],
  ['bogomips', '3191.91'],
  ['clflush size', '64'],
  ['cache_alignment', '64'],
  ['address sizes', '32 bits physical, 32 bits virtual'],
  ['power management', ''],
]);

/** Raspberry Pi 4 (4 x Cortex-A72) running 64-bit Raspberry Pi OS. */
const RASPBERRY_PI =
  renderCpus(4, (cpu) => [
    ['processor', String(cpu)],
    ['BogoMIPS', '108.00'],
    ['Features', 'fp asimd evtstrm crc32 cpuid'],
    ['CPU implementer', '0x41'],
    ['CPU architecture', '8'],
    ['CPU variant', '0x0'],
    ['CPU part', '0xd08'],
    ['CPU revision', '3'],
  ]) +
  '\n' +
  renderFields([
    ['Hardware', 'BCM2835'],
    ['Revision', 'c03111'],
    ['Serial', '10000000a3f2c4d1'],
    ['Model', 'Raspberry Pi 4 Model B Rev 1.1'],
  ]) +
  '\n';

/** lscpu (util-linux 2.37) inside a KVM guest that was given VT-x (nested virtualization). */
const LSCPU_NESTED_GUEST = `Architecture:            x86_64
  CPU op-mode(s):        32-bit, 64-bit
  Address sizes:         40 bits physical, 48 bits virtual
  Byte Order:            Little Endian
CPU(s):                  4
  On-line CPU(s) list:   0-3
Vendor ID:               GenuineIntel
  Model name:            Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz
    CPU family:          6
    Model:               158
    Thread(s) per core:  1
    Core(s) per socket:  4
    Socket(s):           1
    Stepping:            9
    BogoMIPS:            7199.99
    Flags:               fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss syscall nx pdpe1gb rdtscp lm constant_tsc arch_perfmon rep_good nopl xtopology cpuid tsc_known_freq pni pclmulqdq vmx ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch cpuid_fault invpcid_single pti ssbd ibrs ibpb stibp tpr_shadow vnmi flexpriority ept vpid ept_ad fsgsbase tsc_adjust bmi1 hle avx2 smep bmi2 erms invpcid rtm mpx rdseed adx smap clflushopt xsaveopt xsavec xgetbv1 xsaves arat umip md_clear arch_capabilities
Virtualization features:
  Virtualization:        VT-x
  Hypervisor vendor:     KVM
  Virtualization type:   full
Caches (sum of all):
  L1d:                   128 KiB (4 instances)
  L1i:                   128 KiB (4 instances)
  L2:                    16 MiB (4 instances)
  L3:                    16 MiB (1 instance)
NUMA:
  NUMA node(s):          1
  NUMA node0 CPU(s):     0-3
`;

/** The bundled samples, in the order the inspector offers them. */
export const CPU_SAMPLES: readonly CpuSample[] = [
  { id: 'intel-host', label: 'Intel host (Core i5-6500, 4 CPUs)', text: INTEL_HOST },
  { id: 'amd-host', label: 'AMD host (Ryzen 3 3200G, 4 CPUs)', text: AMD_HOST },
  { id: 'kvm-guest', label: 'KVM guest (2 vCPUs, no nested virtualization)', text: KVM_GUEST },
  { id: 'intel-no-vtx', label: 'Intel Atom N270 without VT-x', text: ATOM_NO_VTX },
  { id: 'raspberry-pi', label: 'Raspberry Pi 4 (aarch64)', text: RASPBERRY_PI },
  { id: 'lscpu-nested-guest', label: 'lscpu in a KVM guest with nested VT-x', text: LSCPU_NESTED_GUEST },
];

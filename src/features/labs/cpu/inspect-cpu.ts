import { analyzeCpu, MAX_CPU_INPUT_BYTES, parseCpuInput } from '../../../engine/labs/cpuinfo';
import type { CpuAnalysis, CpuVendor, Finding, FindingSeverity } from '../../../engine/labs/cpuinfo';
import { lessonSection, type SectionLink } from '../lesson-section';

/** How each severity is shown: a heading for its group, a word and an icon for each finding. */
export const SEVERITY_DISPLAY: Readonly<Record<FindingSeverity, { heading: string; label: string; icon: string }>> = {
  error: { heading: 'Problems', label: 'Problem', icon: '✗' },
  warn: { heading: 'Warnings', label: 'Warning', icon: '!' },
  ok: { heading: 'Good news', label: 'OK', icon: '✓' },
  info: { heading: 'Notes', label: 'Note', icon: 'i' },
};

const SEVERITY_ORDER: readonly FindingSeverity[] = ['error', 'warn', 'ok', 'info'];
const NEXT_STEPS_ID = 'next-steps';

const VENDOR_NAMES: Readonly<Record<CpuVendor, string>> = { intel: 'Intel', amd: 'AMD', arm: 'ARM', other: 'Other or unknown' };

/** Findings of one severity, most important first as the analysis listed them. */
export interface FindingGroup {
  readonly severity: FindingSeverity;
  readonly findings: readonly Finding[];
}

/** One line of the "what to check next" list. */
export interface NextCheck {
  /** Plain sentences; may contain `code`. */
  readonly text: string;
  readonly link: SectionLink;
}

/** The inspector's answer to a paste: a report, or the parser's message. */
export type Inspection =
  | { readonly ok: true; readonly analysis: CpuAnalysis; readonly vendorName: string; readonly groups: readonly FindingGroup[]; readonly nextChecks: readonly NextCheck[] }
  | { readonly ok: false; readonly message: string };

/**
 * Refuses a paste that is too large before anything reads it, so the page never freezes.
 * @param text the textarea's would-be value
 * @returns the parser's own message for an oversized paste, or null when the size is acceptable
 */
export function refuseOversizedPaste(text: string): string | null {
  if (text.length <= MAX_CPU_INPUT_BYTES) return null;
  // parseCpuInput refuses on length before scanning a single line, so this call is cheap.
  const result = parseCpuInput(text);
  return result.ok ? null : result.error.message;
}

function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, findings: findings.filter((finding) => finding.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z`])/).filter((sentence) => sentence.trim() !== '');
}

function buildNextChecks(findings: readonly Finding[]): NextCheck[] {
  const problems = findings
    .filter((finding) => finding.severity === 'error' || finding.severity === 'warn')
    .map((finding) => ({ text: finding.title, link: lessonSection(finding.lesson, finding.section) }));
  const steps = findings
    .filter((finding) => finding.id === NEXT_STEPS_ID)
    .flatMap((finding) => splitSentences(finding.detail).map((text) => ({ text, link: lessonSection(finding.lesson, finding.section) })));
  return [...problems, ...steps];
}

/**
 * Read a paste and judge it: the engine parses and analyses, this only arranges the report.
 * @param text the pasted output of `cat /proc/cpuinfo` or `lscpu`
 * @returns findings grouped by severity (the "what to check next" finding left out of the groups)
 *   and the checks to do next, or the parser's message for empty, unknown or oversized input
 */
export function inspectCpuText(text: string): Inspection {
  const parsed = parseCpuInput(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const analysis = analyzeCpu(parsed.input);
  const reported = analysis.findings.filter((finding) => finding.id !== NEXT_STEPS_ID);
  return {
    ok: true,
    analysis,
    vendorName: VENDOR_NAMES[analysis.vendor],
    groups: groupFindings(reported),
    nextChecks: buildNextChecks(analysis.findings),
  };
}

import { memo } from 'react';
import { Link } from 'react-router';
import type { Finding } from '../../../engine/labs/cpuinfo';
import { InlineMarkdown } from '../../../ui/InlineMarkdown';
import { lessonSection } from '../lesson-section';
import { SEVERITY_DISPLAY, type FindingGroup, type Inspection, type NextCheck } from './inspect-cpu';

type Report = Extract<Inspection, { ok: true }>;

const FORMAT_NAMES = { 'proc-cpuinfo': 'cat /proc/cpuinfo', lscpu: 'lscpu' } as const;

function FindingItem({ finding }: { finding: Finding }) {
  const display = SEVERITY_DISPLAY[finding.severity];
  const section = lessonSection(finding.lesson, finding.section);
  return (
    <li className={`cpu-finding cpu-finding--${finding.severity}`}>
      <span className="cpu-finding__badge">
        <span className="cpu-finding__icon" aria-hidden="true">
          {display.icon}
        </span>
        {display.label}
      </span>
      <h4 className="cpu-finding__title">
        <InlineMarkdown text={finding.title} />
      </h4>
      <p className="cpu-finding__detail">
        <InlineMarkdown text={finding.detail} />
      </p>
      <Link className="cpu-finding__link" to={section.href}>
        Read “{section.title}” in the lesson
      </Link>
    </li>
  );
}

function Group({ group }: { group: FindingGroup }) {
  const display = SEVERITY_DISPLAY[group.severity];
  const id = `findings-${group.severity}`;
  return (
    <section className="cpu-finding-group" aria-labelledby={id}>
      <h3 id={id} className={`cpu-finding-group__title cpu-finding-group__title--${group.severity}`}>
        <span aria-hidden="true" className="cpu-finding__icon">
          {display.icon}
        </span>{' '}
        {display.heading} ({group.findings.length})
      </h3>
      <ul className="cpu-findings">
        {group.findings.map((finding) => (
          <FindingItem key={finding.id} finding={finding} />
        ))}
      </ul>
    </section>
  );
}

function NextChecks({ checks }: { checks: readonly NextCheck[] }) {
  return (
    <section className="cpu-next-checks" aria-labelledby="next-checks-title">
      <h3 id="next-checks-title">What to check next</h3>
      <ol className="cpu-next-checks__list">
        {checks.map((check) => (
          <li key={check.text}>
            <InlineMarkdown text={check.text} />{' '}
            <Link className="cpu-next-checks__link" to={check.link.href}>
              Read “{check.link.title}”
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The inspector's report: what the paste is, findings by severity, and what to check next. */
export const CpuReport = memo(function CpuReport({ report }: { report: Report }) {
  const { analysis } = report;
  return (
    <section className="cpu-report" aria-labelledby="cpu-report-title">
      <h2 id="cpu-report-title">Report</h2>
      <dl className="cpu-summary">
        <div>
          <dt>Vendor</dt>
          <dd>{report.vendorName}</dd>
        </div>
        <div>
          <dt>Model</dt>
          <dd>{analysis.modelName ?? 'Not stated in the paste'}</dd>
        </div>
        <div>
          <dt>Logical CPUs</dt>
          <dd>{analysis.logicalCpus}</dd>
        </div>
        <div>
          <dt>Architecture</dt>
          <dd>{analysis.architecture}</dd>
        </div>
        <div>
          <dt>Read as</dt>
          <dd>
            <code>{FORMAT_NAMES[analysis.format]}</code> output
          </dd>
        </div>
      </dl>
      {report.groups.map((group) => (
        <Group key={group.severity} group={group} />
      ))}
      {report.nextChecks.length > 0 ? <NextChecks checks={report.nextChecks} /> : null}
    </section>
  );
});

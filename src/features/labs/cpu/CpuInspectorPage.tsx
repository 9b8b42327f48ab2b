import { useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { CPU_SAMPLES } from '../../../engine/labs/cpuinfo';
import type { CpuSample } from '../../../engine/labs/cpuinfo';
import { CPU_ANALYSED_TASK, recordLabTask } from '../../../store/lab-tasks';
import { useProgressActions } from '../../../store/stores-context';
import { InlineMarkdown } from '../../../ui/InlineMarkdown';
import { CpuReport } from './CpuReport';
import { inspectCpuText, refuseOversizedPaste, type Inspection } from './inspect-cpu';
import { LabEyebrow } from '../LabEyebrow';
import '../labs.css';

const INPUT_ID = 'cpu-input';
const HELP_ID = 'cpu-input-help';
const ERROR_ID = 'cpu-input-error';

type Report = Extract<Inspection, { ok: true }>;

/** Paste `cat /proc/cpuinfo` or `lscpu` output (or load a sample) and read what it says about KVM. */
export function CpuInspectorPage() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { update } = useProgressActions();

  const inspect = (input: string, source: string) => {
    const inspection = inspectCpuText(input);
    if (!inspection.ok) {
      setReport(null);
      setError(inspection.message);
      setAnnouncement('');
      return;
    }
    setError(null);
    setReport(inspection);
    const count = inspection.groups.reduce((sum, group) => sum + group.findings.length, 0);
    setAnnouncement(`Report ready for ${source}: ${count} ${count === 1 ? 'finding' : 'findings'}, ${inspection.nextChecks.length} ${inspection.nextChecks.length === 1 ? 'thing' : 'things'} to check next.`);
    update(recordLabTask(CPU_ANALYSED_TASK));
  };

  const change = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const refusal = refuseOversizedPaste(event.target.value);
    if (refusal) {
      // Keep what was there: the oversized paste is refused, not truncated without a word.
      setError(`${refusal} Your earlier text is unchanged.`);
      return;
    }
    setText(event.target.value);
    if (error) setError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    inspect(text, 'your paste');
  };

  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      inspect(text, 'your paste');
    }
  };

  const loadSample = (sample: CpuSample) => {
    setText(sample.text);
    inspect(sample.text, `the sample “${sample.label}”`);
  };

  const clear = () => {
    setText('');
    setError(null);
    setReport(null);
    setAnnouncement('');
  };

  return (
    <div className="lab cpu-lab">
      <LabEyebrow lessonId="cpu-flags" />
      <h1 tabIndex={-1}>CPU virtualization inspector</h1>
      <p className="lead">
        Paste what a machine prints for <code>cat /proc/cpuinfo</code> or <code>lscpu</code>, or load a sample, and see what its
        flags say about running KVM: VT-x or AMD-V, EPT or NPT, whether it is itself a guest, and what to check next.
      </p>
      <div className="cpu-lab__layout">
        <div className="cpu-lab__input">
          <form className="cpu-form" onSubmit={submit} noValidate>
            <label htmlFor={INPUT_ID} className="cpu-form__label">
              Output of <code>cat /proc/cpuinfo</code> or <code>lscpu</code>
            </label>
            <p id={HELP_ID} className="cpu-form__help">
              Run either command on the machine to check, paste the whole output, then choose Analyse (or press <kbd>Ctrl</kbd>+
              <kbd>Enter</kbd>). Up to 2 MB; nothing leaves your browser.
            </p>
            <textarea
              id={INPUT_ID}
              className="cpu-form__text"
              rows={12}
              value={text}
              onChange={change}
              onKeyDown={submitOnCtrlEnter}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              aria-describedby={error ? `${HELP_ID} ${ERROR_ID}` : HELP_ID}
              aria-invalid={error !== null}
            />
            {error ? (
              <p id={ERROR_ID} className="lab-field-error" role="alert">
                <span aria-hidden="true">✗ </span>
                <InlineMarkdown text={error} />
              </p>
            ) : null}
            <div className="lab-actions">
              <button type="submit" className="button button--primary">
                Analyse
              </button>
              <button type="button" className="button" onClick={clear} disabled={text === '' && report === null && error === null}>
                Clear
              </button>
            </div>
          </form>
          <section className="cpu-samples" aria-labelledby="cpu-samples-title">
            <h2 id="cpu-samples-title">Or load a sample</h2>
            <ul className="cpu-samples__list">
              {CPU_SAMPLES.map((sample) => (
                <li key={sample.id}>
                  <button type="button" className="button cpu-samples__button" onClick={() => loadSample(sample)}>
                    <span className="visually-hidden">Load sample:</span> {sample.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        {report ? (
          <CpuReport report={report} />
        ) : (
          <section className="cpu-report cpu-report--empty" aria-labelledby="cpu-report-title">
            <h2 id="cpu-report-title">Report</h2>
            <p className="muted">The report appears here once you analyse a paste or load a sample.</p>
          </section>
        )}
      </div>
    </div>
  );
}

import { useState } from 'react';
import { OVS_TASKS } from '../../../engine/labs/ovs';
import { useLabs, useLabsStore } from '../../../store/stores-context';
import { Banner } from '../../../ui/Banner';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { OvsDiagram } from './OvsDiagram';
import { OvsTaskList } from './OvsTaskList';
import { OvsTerminal } from './OvsTerminal';
import { LabEyebrow } from '../LabEyebrow';
import '../labs.css';

function describeCompleted(ids: readonly string[]): string {
  const titles = ids.map((id) => {
    const index = OVS_TASKS.findIndex((task) => task.id === id);
    return `Task ${index + 1} done: ${OVS_TASKS[index]?.title ?? id}.`;
  });
  return titles.join(' ');
}

/** An Open vSwitch sandbox: a simulated terminal, a live diagram and guided tasks. */
export function OvsSandboxPage() {
  const store = useLabsStore();
  const ovs = useLabs((state) => state.ovs);
  const notice = useLabs((state) => state.notice);
  const { runOvsCommand, answerOvsQuestion, resetOvs, dismissNotice } = store.getState();
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const run = (line: string) => {
    const outcome = runOvsCommand(line);
    if (outcome.completed.length > 0) setAnnouncement(describeCompleted(outcome.completed));
  };

  const answer = (taskId: string, text: string) => {
    const check = answerOvsQuestion(taskId, text);
    const after = store.getState().ovs.completed;
    if (check.correct && after.includes(taskId)) setAnnouncement(describeCompleted(after.slice(after.indexOf(taskId))));
    return check;
  };

  const reset = () => {
    resetOvs();
    setConfirming(false);
    setAnnouncement('The sandbox starts again: no bridges, an empty terminal, no tasks ticked.');
  };

  return (
    <div className="lab ovs-lab">
      <LabEyebrow lessonId="open-vswitch" />
      <h1 tabIndex={-1}>Open vSwitch sandbox</h1>
      <p className="lead">
        Build the <code>conmutador0</code> switch with <code>ovs-vsctl</code>, tag a VLAN, watch MAC learning with{' '}
        <code>ovs-appctl</code> and map port numbers with <code>ovs-ofctl</code>. It is a simulation in your browser; your work is
        kept until you reset it.
      </p>
      {notice ? (
        <Banner
          tone="warning"
          title="Saved lab state not restored"
          actions={
            <button type="button" className="button" onClick={dismissNotice}>
              Dismiss
            </button>
          }
        >
          <p>{notice}</p>
        </Banner>
      ) : null}
      <div className="ovs-lab__layout">
        <OvsTaskList completed={ovs.completed} onAnswer={answer} announcement={announcement} />
        <div className="ovs-lab__workspace">
          <OvsTerminal transcript={ovs.transcript} history={ovs.history} onRun={run} />
          <OvsDiagram state={ovs.state} />
          <div className="lab-actions">
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
              Reset sandbox
            </button>
          </div>
        </div>
      </div>
      <ConfirmDialog open={confirming} title="Reset the sandbox?" confirmLabel="Reset sandbox" danger onConfirm={reset} onCancel={() => setConfirming(false)}>
        <p>
          Every bridge and port goes, the terminal and its history are emptied and the guided tasks are unticked. Tasks you already
          completed stay counted in your progress.
        </p>
      </ConfirmDialog>
    </div>
  );
}

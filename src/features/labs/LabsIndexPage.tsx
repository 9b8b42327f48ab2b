import { Link } from 'react-router';
import { OVS_TASKS } from '../../engine/labs/ovs';
import { CLASSIFIER_ALL_CORRECT_TASK, CPU_ANALYSED_TASK, ovsLabTaskId } from '../../store/lab-tasks';
import { findLesson } from '../../lib/content';
import { useProgressStore } from '../../store/stores-context';
import './labs.css';

interface LabInfo {
  readonly to: string;
  readonly title: string;
  readonly teaches: string;
  /** The progress ids of the lab's tasks. */
  readonly tasks: readonly string[];
  /** The lesson the lab practises. */
  readonly lessonId: string;
}

const LABS: readonly LabInfo[] = [
  {
    to: '/labs/cpu',
    title: 'CPU virtualization inspector',
    teaches:
      'Read /proc/cpuinfo and lscpu like the exam expects: vmx and svm, EPT and NPT, the vmx flags line, the hypervisor flag of a guest, and what to check when KVM will not start.',
    tasks: [CPU_ANALYSED_TASK],
    lessonId: 'cpu-flags',
  },
  {
    to: '/labs/ovs',
    title: 'Open vSwitch sandbox',
    teaches:
      'Type ovs-vsctl, ovs-appctl and ovs-ofctl commands in a simulated terminal: build the conmutador0 bridge, tag a VLAN, read the MAC learning table and remove a port.',
    tasks: OVS_TASKS.map((task) => ovsLabTaskId(task.id)),
    lessonId: 'open-vswitch',
  },
  {
    to: '/labs/classifier',
    title: 'Hypervisor classifier',
    teaches:
      'Sort Xen, KVM, ESXi, VirtualBox, LXC, QEMU and more into type 1, type 2, OS-level and emulation, with the reason for each, including why sources disagree about KVM.',
    tasks: [CLASSIFIER_ALL_CORRECT_TASK],
    lessonId: 'hypervisor-types',
  },
];

function statusText(done: number, total: number): string {
  if (done === total) return total === 1 ? 'Done' : `All ${total} tasks done`;
  if (total === 1) return 'Not done yet';
  return `${done} of ${total} tasks done`;
}

/** The three hands-on labs, what each teaches and how far the learner got. */
export function LabsIndexPage() {
  const tasksDone = useProgressStore((state) => state.progress.labTasksDone);
  return (
    <div className="labs-index">
      <h1 tabIndex={-1}>Hands-on labs</h1>
      <p className="lead">
        Practise what the lessons explain on simulated systems in your browser. Nothing is installed and nothing leaves this page;
        completed tasks count in your progress.
      </p>
      <ul className="lab-cards">
        {LABS.map((lab) => {
          const done = lab.tasks.filter((task) => tasksDone[task] !== undefined).length;
          const complete = done === lab.tasks.length;
          const lesson = findLesson(lab.lessonId);
          return (
            <li key={lab.to} className="lab-card">
              <h2 className="lab-card__title">
                <Link to={lab.to}>{lab.title}</Link>
              </h2>
              <p className="lab-card__teaches">{lab.teaches}</p>
              <p className="lab-card__meta">
                <span className={complete ? 'badge badge--done' : 'badge'}>
                  {complete ? '✓ ' : ''}
                  {statusText(done, lab.tasks.length)}
                </span>
                {lesson ? (
                  <span className="muted">
                    Goes with the lesson <Link to={`/lessons/${lesson.id}`}>{lesson.title}</Link>
                  </span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

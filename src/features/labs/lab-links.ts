/** The lab that practises each lesson, for the "Try the lab" link on the lesson page. */
const LAB_FOR_LESSON: Readonly<Record<string, string>> = {
  'cpu-flags': '/labs/cpu',
  'open-vswitch': '/labs/ovs',
  'hypervisor-types': '/labs/classifier',
};

/**
 * Where to practise a lesson hands-on.
 * @param lessonId the lesson
 * @returns the lab's address, or null when no lab goes with the lesson
 */
export function labForLesson(lessonId: string): string | null {
  return LAB_FOR_LESSON[lessonId] ?? null;
}

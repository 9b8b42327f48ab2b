import type { Question } from '../../../src/engine/content/types';
import { makeFill, makeMultiple, makeSingle } from './fixtures';

/**
 * Twelve questions over three areas, each with a single, a multiple and a fill question
 * (plus three more singles), difficulties 1-3. Ids say what each one is.
 */
export const SESSION_BANK: readonly Question[] = [
  makeSingle('t-single-1', 0, 4, { area: 'terminology', lesson: 'virtualization-terminology', difficulty: 1 }),
  makeMultiple('t-multi-2', [0, 2], 5, { area: 'terminology', lesson: 'virtualization-terminology', difficulty: 2 }),
  makeFill('t-fill-3', ['hypervisor'], false, { area: 'terminology', lesson: 'virtualization-terminology', difficulty: 3 }),
  makeSingle('t-single-fixed-1', 3, 4, { area: 'terminology', lesson: 'virtualization-terminology', difficulty: 1 }, true),
  makeSingle('c-single-1', 1, 4, { area: 'cpu-flags', lesson: 'cpu-flags', difficulty: 1 }),
  makeMultiple('c-multi-2', [1, 2], 4, { area: 'cpu-flags', lesson: 'cpu-flags', difficulty: 2 }),
  makeFill('c-fill-3', ['vmx'], true, { area: 'cpu-flags', lesson: 'cpu-flags', difficulty: 3 }),
  makeSingle('c-single-2', 2, 3, { area: 'cpu-flags', lesson: 'cpu-flags', difficulty: 2 }),
  makeSingle('o-single-1', 0, 4, { area: 'open-vswitch', lesson: 'open-vswitch', difficulty: 1 }),
  makeMultiple('o-multi-3', [0, 1, 3], 5, { area: 'open-vswitch', lesson: 'open-vswitch', difficulty: 3 }),
  makeFill('o-fill-2', ['ovs-vsctl'], false, { area: 'open-vswitch', lesson: 'open-vswitch', difficulty: 2 }),
  makeSingle('o-single-3', 1, 4, { area: 'open-vswitch', lesson: 'open-vswitch', difficulty: 3 }),
];

import { describe, expect, it } from 'vitest';
import {
  checkPlacement,
  CLASSIFIER_CATEGORIES,
  CLASSIFIER_ITEMS,
  scoreBoard,
} from '../../../src/engine/labs/classifier';
import type { HypervisorCategory } from '../../../src/engine/labs/classifier';

describe('hypervisor classifier', () => {
  it('offers fourteen items in four categories', () => {
    expect(CLASSIFIER_CATEGORIES.map((category) => category.id)).toEqual(['type-1', 'type-2', 'os-level', 'emulation']);
    expect(CLASSIFIER_ITEMS.map((item) => item.id)).toEqual([
      'xen', 'kvm', 'esxi', 'hyper-v', 'virtualbox', 'vmware-workstation', 'parallels',
      'qemu-tcg', 'bochs', 'dosbox', 'lxc', 'systemd-nspawn', 'docker', 'openvz',
    ]);
  });

  it('files the textbook answers in the right boxes', () => {
    const answers: Record<string, HypervisorCategory> = {
      xen: 'type-1', kvm: 'type-1', esxi: 'type-1', 'hyper-v': 'type-1', virtualbox: 'type-2',
      'vmware-workstation': 'type-2', parallels: 'type-2', 'qemu-tcg': 'emulation', bochs: 'emulation',
      dosbox: 'emulation', lxc: 'os-level', 'systemd-nspawn': 'os-level', docker: 'os-level', openvz: 'os-level',
    };
    expect(CLASSIFIER_ITEMS.map((item) => [item.id, item.accepted[0]])).toEqual(Object.entries(answers));
  });

  it('explains that Hyper-V turns Windows into the root partition', () => {
    const result = checkPlacement('hyper-v', 'type-2');
    expect(result.correct).toBe(false);
    expect(result.explanation).toMatch(/^Microsoft Hyper-V belongs in Type 1 \(bare metal\)\. /);
    expect(result.explanation).toContain('root (parent) partition');
  });

  it('counts KVM as type 1 and explains the dispute when it is filed as type 2', () => {
    expect(checkPlacement('kvm', 'type-1').correct).toBe(true);
    const wrong = checkPlacement('kvm', 'type-2');
    expect(wrong.correct).toBe(false);
    expect(wrong.explanation).toContain('dispute');
  });

  it('accepts QEMU with TCG as emulation or as a hosted hypervisor', () => {
    expect(checkPlacement('qemu-tcg', 'emulation').correct).toBe(true);
    expect(checkPlacement('qemu-tcg', 'type-2').correct).toBe(true);
    expect(checkPlacement('qemu-tcg', 'os-level')).toMatchObject({ correct: false, accepted: ['emulation', 'type-2'] });
  });

  it('gives every item a two- or three-sentence explanation and a lesson link', () => {
    for (const item of CLASSIFIER_ITEMS) {
      const sentences = item.explanation.split(/(?<=\.)\s+(?=[A-Z])/).length;
      expect([item.id, sentences >= 2 && sentences <= 3, item.section.length > 0]).toEqual([item.id, true, true]);
    }
  });

  it('scores the last placement of each item and lists the ones not placed', () => {
    const board = scoreBoard([
      { itemId: 'docker', category: 'type-2' },
      { itemId: 'docker', category: 'os-level' },
      { itemId: 'virtualbox', category: 'type-1' },
      { itemId: 'bochs', category: 'emulation' },
    ]);
    expect([board.correct, board.placed, board.total]).toEqual([2, 3, 14]);
    expect(board.results.map((result) => [result.itemId, result.category, result.correct])).toEqual([
      ['virtualbox', 'type-1', false],
      ['bochs', 'emulation', true],
      ['docker', 'os-level', true],
    ]);
    expect(board.unplaced).toEqual([
      'xen', 'kvm', 'esxi', 'hyper-v', 'vmware-workstation', 'parallels', 'qemu-tcg', 'dosbox', 'lxc', 'systemd-nspawn', 'openvz',
    ]);
  });

  it('throws on an unknown item id, which only a programming error can produce', () => {
    expect(() => checkPlacement('not-a-hypervisor', 'type-1')).toThrow('Unknown classifier item "not-a-hypervisor"');
  });
});

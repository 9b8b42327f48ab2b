import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../src/lib/highlight';

describe('highlightCode', () => {
  it('marks the prompt, the command and its options in a console line, and output as output', () => {
    const [command, output] = highlightCode('$ grep -Ec "vmx|svm" /proc/cpuinfo\n8\n', 'console');
    expect(command).toEqual([
      { kind: 'prompt', text: '$ ' },
      { kind: 'command', text: 'grep' },
      { kind: 'plain', text: ' ' },
      { kind: 'option', text: '-Ec' },
      { kind: 'plain', text: ' ' },
      { kind: 'string', text: '"vmx|svm"' },
      { kind: 'plain', text: ' /proc/cpuinfo' },
    ]);
    expect(output).toEqual([{ kind: 'output', text: '8' }]);
  });

  it('treats the word after a pipe as a new command', () => {
    const [line] = highlightCode('# lsmod | grep kvm', 'console');
    expect(line?.filter((token) => token.kind === 'command').map((token) => token.text)).toEqual(['lsmod', 'grep']);
  });

  it('recognises user@host prompts and interactive virsh prompts', () => {
    expect(highlightCode('root@kvm01:~# virsh list', 'console')[0]?.[0]).toEqual({ kind: 'prompt', text: 'root@kvm01:~# ' });
    expect(highlightCode('virsh # list --all', 'console')[0]?.[0]).toEqual({ kind: 'prompt', text: 'virsh # ' });
  });

  it('splits XML into tags, attributes and quoted values', () => {
    const [line] = highlightCode("<virtualport type='openvswitch'/>", 'xml');
    expect(line).toEqual([
      { kind: 'tag', text: '<virtualport' },
      { kind: 'plain', text: ' ' },
      { kind: 'attr', text: 'type' },
      { kind: 'plain', text: '=' },
      { kind: 'string', text: "'openvswitch'" },
      { kind: 'tag', text: '/>' },
    ]);
  });

  it('highlights ini sections, keys and comments', () => {
    const lines = highlightCode('# Xen guest\n[main]\ntype = "hvm"\nmemory = 2048', 'ini');
    expect(lines[0]).toEqual([{ kind: 'comment', text: '# Xen guest' }]);
    expect(lines[1]).toEqual([{ kind: 'section', text: '[main]' }]);
    expect(lines[2]).toEqual([
      { kind: 'key', text: 'type' },
      { kind: 'punct', text: ' =' },
      { kind: 'string', text: ' "hvm"' },
    ]);
    expect(lines[3]?.[2]).toEqual({ kind: 'number', text: ' 2048' });
  });

  it('leaves unknown languages as plain text, line by line', () => {
    expect(highlightCode('a\nb', 'cobol')).toEqual([[{ kind: 'plain', text: 'a' }], [{ kind: 'plain', text: 'b' }]]);
  });
});

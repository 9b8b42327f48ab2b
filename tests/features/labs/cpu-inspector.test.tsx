import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CPU_SAMPLES } from '../../../src/engine/labs/cpuinfo';
import { renderApp, TEST_NOW } from '../../helpers/render-app';
import { tabTo } from './keyboard';

const LSCPU = CPU_SAMPLES.find((sample) => sample.id === 'lscpu-nested-guest')!.text;

async function openInspector() {
  const context = renderApp('/labs/cpu');
  await screen.findByRole('heading', { level: 1, name: 'CPU virtualization inspector' });
  return context;
}

describe('the CPU virtualization inspector', () => {
  it('loads the Intel sample with the keyboard and reports VT-x with a link to its lesson section', async () => {
    const { stores } = await openInspector();
    const user = userEvent.setup({ delay: null });
    await tabTo(user, screen.getByRole('button', { name: /Load sample: Intel host/ }));
    await user.keyboard('{Enter}');

    const report = screen.getByRole('region', { name: 'Report' });
    expect(within(report).getByText('Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz')).toBeInTheDocument();
    expect(within(report).getByText('x86_64')).toBeInTheDocument();
    const good = within(report).getByRole('region', { name: /Good news/ });
    const vmx = within(good).getByRole('heading', { level: 4, name: 'Hardware virtualization: Intel VT-x (vmx)' });
    const finding = vmx.closest('li')!;
    expect(finding).toHaveTextContent('OK');
    expect(within(finding).getByRole('link', { name: /in the lesson/ })).toHaveAttribute('href', '/lessons/cpu-flags#vmx-and-svm');
    expect(screen.getByLabelText(/Output of/)).toHaveValue(CPU_SAMPLES[0]!.text);
    expect(stores.progress.getState().progress.labTasksDone).toEqual({ 'cpu/analysed': TEST_NOW });
  });

  it('groups a CPU without VT-x under problems and lists what to check next', async () => {
    await openInspector();
    await userEvent.click(screen.getByRole('button', { name: /Load sample: Intel Atom N270/ }));
    const problems = screen.getByRole('region', { name: /Problems \(1\)/ });
    expect(within(problems).getByRole('heading', { level: 4 })).toHaveTextContent('No hardware virtualization flag');
    const next = screen.getByRole('region', { name: 'What to check next' });
    const items = within(next).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('No hardware virtualization flag');
    expect(within(next).getAllByRole('link').map((link) => link.getAttribute('href'))).toContain('/lessons/cpu-flags#the-kvm-modules-and-devkvm');
  });

  it('analyses pasted lscpu output only when asked', async () => {
    await openInspector();
    const user = userEvent.setup({ delay: null });
    await tabTo(user, screen.getByLabelText(/Output of/));
    await user.paste(LSCPU);
    expect(screen.getByText(/The report appears here/)).toBeInTheDocument();
    await user.tab();
    await user.keyboard('{Enter}');
    const report = screen.getByRole('region', { name: 'Report' });
    expect(within(report).getByText('Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz')).toBeInTheDocument();
    expect(within(report).getByText('Read as').nextElementSibling).toHaveTextContent('lscpu output');
  });

  it('says what is wrong with an empty paste and with text that is not cpuinfo', async () => {
    await openInspector();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to inspect yet');
    await user.click(screen.getByLabelText(/Output of/));
    await user.paste('hello world\nthis is not a CPU');
    await user.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This does not look like cat /proc/cpuinfo');
    expect(screen.getByLabelText(/Output of/)).toHaveValue('hello world\nthis is not a CPU');
    expect(screen.getByLabelText(/Output of/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a 5 MB paste with the parser’s message and keeps the earlier text', async () => {
    await openInspector();
    const textarea = screen.getByLabelText(/Output of/);
    fireEvent.change(textarea, { target: { value: 'processor\t: 0' } });
    fireEvent.change(textarea, { target: { value: 'x'.repeat(5 * 1024 * 1024) } });
    expect(screen.getByRole('alert')).toHaveTextContent('The paste is larger than 2 MB');
    expect(screen.getByRole('alert')).toHaveTextContent('Your earlier text is unchanged.');
    expect(textarea).toHaveValue('processor\t: 0');
  });
});

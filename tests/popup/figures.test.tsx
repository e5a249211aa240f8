// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HeldItem } from '@/components/popup/HeldItem';
import { StatsPanel } from '@/components/popup/StatsPanel';
import { everyText, unguardedText } from '@/components/popup/sentences';
import { emptyStats, heldItem, MIN } from './fixtures';

vi.mock('@/utils/browser-i18n', () => import('./fake-i18n'));

describe('popup figures', () => {
  it('says how many of the interruptions that reached you broke through', () => {
    const block = emptyStats({
      focusMinutes: 30,
      reached: 3,
      breakthroughs: 2,
      held: 4,
      messagesHeld: 4,
      meanBetweenMs: 10 * MIN,
      baselineRatio: 10 / 11,
    });
    const { container } = render(<StatsPanel today={block} current={block} />);
    const reached = container.querySelector('[data-figure="reached"]')!;
    expect(reached.textContent).toContain('3');
    expect(reached.textContent).toContain('2 broke through');
    expect(container.querySelector('[data-figure="held"]')!.textContent).toContain('4');
  });

  it('has no breakthrough note when none broke through', () => {
    const block = emptyStats({ focusMinutes: 30, reached: 1, held: 1, messagesHeld: 1 });
    const { container } = render(<StatsPanel today={block} current={block} />);
    expect(container.querySelector('[data-figure="reached"]')!.textContent).not.toContain('broke through');
  });

  it('does not print "one every under a minute" for a block seconds old', () => {
    const young = emptyStats({
      focusMinutes: 0.2,
      reached: 1,
      meanBetweenMs: 12_000,
      baselineRatio: 12_000 / (11 * MIN),
      held: 2,
      unguardedMeanBetweenMs: 4_000,
    });
    expect(everyText(young, 'block')).toBe('More than one interruption a minute so far.');
    expect(unguardedText(young)).toBe('Without holding it would have been more than one a minute.');
  });

  it('shows that a held burst stands for more messages than its first text', () => {
    const item = heldItem('discord', 3, { messages: 3, text: { title: 'Sender 1', body: 'Message 1' } });
    render(<HeldItem item={item} appName="Discord" busy={false} onOpen={() => {}} onDismiss={() => {}} />);
    expect(screen.getByText('+2 more')).toBeTruthy();
  });
});

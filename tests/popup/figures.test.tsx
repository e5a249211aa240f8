// @vitest-environment happy-dom
/** @jsxImportSource @/components/popup/jsx */
import { screen } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeldItem } from '@/components/popup/HeldItem';
import { StatsPanel } from '@/components/popup/StatsPanel';
import { emptyFigures, heldItem, NOW } from './fixtures';
import { cleanupPopup, renderNode } from './mount';

vi.mock('@/utils/browser-i18n', () => import('./fake-i18n'));
afterEach(cleanupPopup);

describe('popup figures', () => {
  it('says how many of the interruptions that reached you broke through', () => {
    const block = emptyFigures({
      presentMinutes: 30,
      reached: 3,
      breakthroughs: 2,
      held: 4,
      messagesHeld: 4,
      meanStretchMinutes: 10,
    });
    const container = renderNode(<StatsPanel today={block} current={block} />);
    const reached = container.querySelector('[data-figure="reached"]')!;
    expect(reached.textContent).toContain('3');
    expect(reached.textContent).toContain('2 broke through');
    expect(container.querySelector('[data-figure="held"]')!.textContent).toContain('4');
  });

  it('has no breakthrough note when none broke through', () => {
    const block = emptyFigures({ presentMinutes: 30, reached: 1, held: 1, messagesHeld: 1 });
    const container = renderNode(<StatsPanel today={block} current={block} />);
    expect(container.querySelector('[data-figure="reached"]')!.textContent).not.toContain('broke through');
  });

  it('shows that a held burst stands for more messages than its first text', () => {
    const item = heldItem('discord', 3, { messages: 3, text: { title: 'Sender 1', body: 'Message 1' } });
    renderNode(
      <HeldItem item={item} appName="Discord" now={NOW} busy={false} onOpen={() => {}} onDismiss={() => {}} />,
    );
    expect(screen.getByText('+2 more')).toBeTruthy();
  });
});

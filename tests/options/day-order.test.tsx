// @vitest-environment happy-dom
/** The day buttons start the week where the shown locale does, and still store days Monday-first. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DayToggles } from '@/components/options/DayToggles';

const shown = vi.hoisted(() => ({ locale: 'en' }));
vi.mock('@/utils/browser-i18n', () => ({ uiLocale: () => shown.locale, t: (key: string) => key }));

afterEach(cleanup);

describe('day buttons', () => {
  it.each([
    ['de', 'Montag', 'Sonntag'],
    ['en-GB', 'Monday', 'Sunday'],
    ['en-US', 'Sunday', 'Saturday'],
    ['ja', '日曜日', '土曜日'],
    ['pt-BR', 'domingo', 'sábado'],
  ])('in %s run from %s to %s', (locale, first, last) => {
    shown.locale = locale;
    render(<DayToggles days={[]} groupLabel="rule 1" onChange={() => undefined} />);
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(names).toHaveLength(7);
    expect([names[0], names[6]]).toEqual([first, last]);
  });

  it('keeps the stored order Monday to Sunday whatever the shown order', () => {
    shown.locale = 'en-US';
    const onChange = vi.fn();
    render(<DayToggles days={['fri', 'mon']} groupLabel="rule 1" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sunday' }));
    expect(onChange).toHaveBeenCalledWith(['mon', 'fri', 'sun']);
  });
});

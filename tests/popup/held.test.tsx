// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupHeld } from '@/components/popup/held';
import { type FocusStatus, send } from '@/utils/messages';
import { heldItem, idleStatus } from './fixtures';
import { cleanupPopup, renderPopup } from './mount';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./fake-i18n'));

const sendMock = vi.mocked(send);
const sent = (type: string) => sendMock.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);

// Three apps: Slack newest (4 items, one standing for 3 messages), a custom site, then Gmail.
const slack = [
  heldItem('slack', 2, { text: { title: 'Dana Lee', body: 'Can you look at the deploy?' } }),
  heldItem('slack', 9, { messages: 3 }),
  heldItem('slack', 15),
  heldItem('slack', 30),
];
const custom = [heldItem('custom:https://chat.example.org', 5)];
const gmail = [heldItem('gmail', 12, { text: { title: 'Invoice #42', body: '' } }), heldItem('gmail', 40)];
// Shuffled on purpose: the popup must order by time itself.
const held = [gmail[1]!, slack[2]!, custom[0]!, slack[0]!, gmail[0]!, slack[3]!, slack[1]!];

async function renderHeld() {
  const status: FocusStatus = idleStatus({ held });
  sendMock.mockImplementation((async (type: string) => (type === 'getStatus' ? status : { ok: true })) as typeof send);
  await renderPopup();
  return screen.findByRole('region', { name: /Held for you/ });
}

beforeEach(() => sendMock.mockReset());
afterEach(cleanupPopup);

describe('groupHeld', () => {
  it('groups by app, newest group first, items newest first, messages summed', () => {
    const groups = groupHeld(held, {});
    expect(groups.map((g) => g.appId)).toEqual(['slack', 'custom:https://chat.example.org', 'gmail']);
    expect(groups[0]!.items.map((i) => i.id)).toEqual(slack.map((i) => i.id));
    expect(groups.map((g) => g.messages)).toEqual([1 + 3 + 1 + 1, 1, 2]);
  });

  it('labels each group with the name the background gave its app, or its id when there is none', () => {
    const items = [heldItem('gmail', 1), heldItem('custom:https://chat.example.org:8443', 2)];
    const labels = groupHeld(items, { gmail: 'Gmail' }).map((g) => g.label);
    expect(labels).toEqual(['Gmail', 'custom:https://chat.example.org:8443']);
  });
});

describe('held list', () => {
  it('shows one group per app with its count, folded after three items', async () => {
    const region = await renderHeld();
    const headings = within(region).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['Slack 6', 'chat.example.org 1', 'Gmail 2']);
    const slackGroup = screen.getByRole('region', { name: 'Slack 6' });
    expect(within(slackGroup).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(within(slackGroup).getByRole('button', { name: 'Show all (1 more)' }));
    expect(within(slackGroup).getAllByRole('listitem')).toHaveLength(4);
    // Kept text is shown; without text, how many messages the item stands for.
    expect(within(slackGroup).getByText('Dana Lee')).toBeTruthy();
    expect(within(slackGroup).getByText('3 messages')).toBeTruthy();
  });

  it('opens and dismisses single items', async () => {
    await renderHeld();
    fireEvent.click(screen.getByTitle(/^Open Invoice #42 in Gmail, held at/));
    await waitFor(() => expect(sent('openHeld')).toEqual([{ id: gmail[0]!.id }]));
    const dismiss = screen.getByRole('button', { name: 'Dismiss Dana Lee' }) as HTMLButtonElement;
    // Busy until the background has answered the first command.
    await waitFor(() => expect(dismiss.disabled).toBe(false));
    fireEvent.click(dismiss);
    await waitFor(() => expect(sent('dismissHeld')).toEqual([{ ids: [slack[0]!.id] }]));
  });

  it('dismisses every item of one app at once, including folded ones', async () => {
    await renderHeld();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss all held from Slack (4)' }));
    await waitFor(() => expect(sent('dismissHeld')).toEqual([{ ids: slack.map((i) => i.id) }]));
  });

  it('is absent when nothing is held', async () => {
    const status = idleStatus();
    sendMock.mockImplementation((async () => status) as typeof send);
    await renderPopup();
    await screen.findByText('Ready');
    expect(screen.queryByText('Held for you')).toBeNull();
  });

  it('clears every waiting item at once', async () => {
    const region = await renderHeld();
    fireEvent.click(within(region).getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(sent('dismissHeld')).toHaveLength(1));
    expect([...(sent('dismissHeld')[0] as { ids: string[] }).ids].sort()).toEqual(held.map((i) => i.id).sort());
  });

  it('dates an item from another day, and gives today only its time', async () => {
    // The popup's own clock decides what "today" is.
    const clock = Date.now();
    const old = heldItem('gmail', 0, { at: clock - 26 * 3_600_000, text: { title: 'From yesterday', body: '' } });
    const fresh = heldItem('gmail', 0, { at: clock, text: { title: 'From today', body: '' } });
    const status: FocusStatus = idleStatus({ held: [fresh, old] });
    sendMock.mockImplementation((async (type: string) =>
      type === 'getStatus' ? status : { ok: true }) as typeof send);
    await renderPopup();
    const region = await screen.findByRole('region', { name: /Held for you/ });
    const time = (title: string) =>
      within(region).getByText(title).closest('button')!.querySelector('.held-time')!.textContent!;
    const month = new Intl.DateTimeFormat(undefined, { month: 'short' }).format(old.at);
    expect(time('From yesterday')).toContain(month);
    expect(time('From today')).not.toContain(month);
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { send } from '@/utils/messages';
import { callsOf, fewZones, scheduleFixture, scriptBackground, settingsFixture } from './fixtures';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./i18n-en'));

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

beforeEach(() => {
  sendMock.mockReset();
  fewZones();
  scriptBackground(sendMock, { settings: settingsFixture({ disabledApps: ['gmail'] }), schedule: scheduleFixture() });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function section(name: string) {
  render(<App />);
  return within(await screen.findByRole('region', { name }));
}

describe('watched apps', () => {
  it('switching an app off saves settings with it in disabledApps', async () => {
    const apps = await section('Watched apps');
    const slack = apps.getByRole('switch', { name: /^Slack/ }) as HTMLInputElement;
    expect(slack.checked).toBe(true);
    expect((apps.getByRole('switch', { name: /^Gmail/ }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(slack);
    await apps.findByText('Saved.');
    expect(callsOf(sendMock, 'saveSettings')).toEqual([
      { settings: settingsFixture({ disabledApps: ['gmail', 'slack'] }) },
    ]);
  });

  it('shows the background’s refusal exactly', async () => {
    scriptBackground(
      sendMock,
      { settings: settingsFixture(), schedule: scheduleFixture() },
      { saveSettings: () => ({ ok: false, error: 'Could not write settings.' }) },
    );
    const apps = await section('Watched apps');
    fireEvent.click(apps.getByRole('switch', { name: /^Discord/ }));
    expect(await apps.findByText('Could not write settings.')).toBeTruthy();
    expect((apps.getByRole('switch', { name: /^Discord/ }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('custom sites', () => {
  async function addSite(url: string) {
    const apps = await section('Watched apps');
    fireEvent.input(apps.getByLabelText('Address'), { target: { value: url } });
    fireEvent.input(apps.getByLabelText('Name'), { target: { value: 'Team chat' } });
    fireEvent.change(apps.getByLabelText('Title format'), { target: { value: 'mattermost' } });
    fireEvent.click(apps.getByRole('button', { name: 'Add site' }));
    return apps;
  }

  it('asks for the host permission first and sends nothing when it is refused', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => false);
    const apps = await addSite('https://chat.example.org/team/channels/town');
    expect(await apps.findByText(/wasn’t granted/)).toBeTruthy();
    expect(request).toHaveBeenCalledWith({ origins: ['https://chat.example.org/*'] });
    expect(callsOf(sendMock, 'addCustomSite')).toEqual([]);
  });

  it('adds the site after the permission is granted', async () => {
    const order: string[] = [];
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      order.push('request');
      return true;
    });
    const site = { origin: 'https://chat.example.org', name: 'Team chat', grammar: 'mattermost' as const };
    const state = { settings: settingsFixture(), schedule: scheduleFixture() };
    scriptBackground(sendMock, state, {
      addCustomSite: () => {
        order.push('addCustomSite');
        state.settings.customSites.push(site);
        return { ok: true };
      },
    });
    const apps = await addSite('chat.example.org');
    expect(await apps.findByText('Team chat added. Reload its open tabs to start watching them.')).toBeTruthy();
    expect(order).toEqual(['request', 'addCustomSite']);
    expect(callsOf(sendMock, 'addCustomSite')).toEqual([site]);
    expect(apps.getByRole('button', { name: 'Remove Team chat' })).toBeTruthy();
  });

  it('does not ask for anything when the address is not a web address', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    const apps = await addSite('ftp://files.example.org');
    expect(await apps.findByText('Only http:// and https:// sites can be watched.')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });
});

describe('validation before sending', () => {
  it('a default block length of 0 shows the rule and sends nothing', async () => {
    const toolbar = await section('Toolbar and shortcut');
    fireEvent.change(toolbar.getByLabelText('Block length for the keyboard shortcut'), { target: { value: '0' } });
    expect(await toolbar.findByText('The default block length must be 1 to 720 minutes.')).toBeTruthy();
    expect(callsOf(sendMock, 'saveSettings')).toEqual([]);
  });

  it('a keyword is saved in the breakthrough rules', async () => {
    const bt = await section('Breakthrough');
    fireEvent.input(bt.getByLabelText('Keywords'), { target: { value: 'outage' } });
    fireEvent.keyDown(bt.getByLabelText('Keywords'), { key: 'Enter' });
    await bt.findByText('Saved.');
    const saved = callsOf(sendMock, 'saveSettings') as Array<{ settings: { breakthrough: { keywords: string[] } } }>;
    expect(saved.at(-1)?.settings.breakthrough.keywords).toEqual([
      ...settingsFixture().breakthrough.keywords,
      'outage',
    ]);
  });
});

describe('delete all data', () => {
  it('asks again before deleting', async () => {
    const privacy = await section('Privacy and data');
    fireEvent.click(privacy.getByRole('button', { name: 'Delete all data…' }));
    expect(callsOf(sendMock, 'deleteAllData')).toEqual([]);
    fireEvent.click(privacy.getByRole('button', { name: 'Delete everything' }));
    expect(await privacy.findByText('All data deleted.')).toBeTruthy();
    expect(callsOf(sendMock, 'deleteAllData')).toHaveLength(1);
  });
});

describe('page states', () => {
  it('says the background is not answering, and retries', async () => {
    sendMock.mockRejectedValue(new Error('Receiving end does not exist.'));
    render(<App />);
    expect(await screen.findByText('Settings aren’t available right now')).toBeTruthy();
    scriptBackground(sendMock, { settings: settingsFixture(), schedule: scheduleFixture() });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Focus schedule' })).toBeTruthy());
  });

  it('shows the welcome panel for #welcome', async () => {
    history.replaceState(null, '', '#welcome');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Heads Down' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('heading', { name: 'Welcome to Heads Down' })).toBeNull();
    expect(location.hash).toBe('');
  });
});

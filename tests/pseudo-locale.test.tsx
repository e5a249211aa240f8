// @vitest-environment happy-dom
/**
 * Every visible word comes from _locales: the popup, options (with its welcome panel) and report pages,
 * the digest, and every error of history files, imports and storage (each hist_ and storage message
 * must be reached), rendered or worded with a pseudo-locale (tests/pseudo-i18n.ts) that wraps each
 * message in ⟦…⟧.
 * What is left outside the brackets may hold numbers, dates and times from Intl, app names and the
 * person's own data, and punctuation; any other letter is a string written outside _locales.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { App as ReportApp } from '@/entrypoints/report/App';
import { WATCHED_APPS } from '@/utils/apps';
import { forgetDbConnection, openHeadsDownDb, type StorageAction, StorageError } from '@/utils/db';
import { composeDigest } from '@/utils/digest';
import { parseHistoryFile, planImport, serializeHistory } from '@/utils/history-file';
import { importHistoryFile } from '@/utils/history-import';
import type { MessageKey } from '@/utils/locale-keys';
import { type FocusStatus, send } from '@/utils/messages';
import type { FocusBlock, Interruption, ScheduleRule } from '@/utils/model';
import { type Message, say } from '@/utils/wording';
import { messagesOf } from './locale-messages';
import { fewZones, scheduleFixture, scriptBackground, settingsFixture } from './options/fixtures';
import { focusingStatus, heldItem, idleStatus, NOW } from './popup/fixtures';
import { cleanupPopup, renderPopup } from './popup/mount';
import { plural, t } from './pseudo-i18n';
import { block, interruption } from './report/fixtures';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./pseudo-i18n'));
const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words Intl writes in English dates and times: weekday and month names, AM/PM. */
function intlWords(): string[] {
  const words = new Set<string>();
  const add = (options: Intl.DateTimeFormatOptions, at: number) => {
    for (const p of new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).formatToParts(at))
      if (p.type !== 'literal' && /\p{L}/u.test(p.value)) words.add(p.value);
  };
  for (let i = 0; i < 12; i++) {
    for (const weekday of ['long', 'short', 'narrow'] as const) add({ weekday }, Date.UTC(2024, 0, 1 + i));
    for (const month of ['long', 'short'] as const) add({ month }, Date.UTC(2024, i, 1));
    add({ hour: 'numeric', hour12: true }, Date.UTC(2024, 0, 1, i * 2));
  }
  return [...words];
}

/** Names that are not translated: apps, the person's own data in the fixtures, zones and the product. */
const untranslated = [
  ...WATCHED_APPS.map((a) => a.name),
  'Web K',
  'Web A',
  'Heads Down',
  'Team chat',
  'chat.example.org',
  'I choose to stop focusing',
  'urgent',
  'America/New_York',
  'Europe/Berlin',
  'UTC',
  ...intlWords(),
].sort((a, b) => b.length - a.length);
const untranslatedPattern = new RegExp(untranslated.map(escapeRegex).join('|'), 'g');

/** What is left of `text` after the pseudo-locale's ⟦…⟧ and the untranslated names: no letters. */
function leftover(text: string): string {
  let rest = text;
  // Messages nest (a sentence with a duration inside): take the innermost first.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest
    .replace(/\b(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?/g, ' ') // host names and addresses
    .replace(untranslatedPattern, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/** Every visible text and accessible label of the page, with what in it is not from _locales. */
function untranslatedTexts(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('script, style, datalist')) continue;
    const text = node.textContent ?? '';
    if (leftover(text)) found.push(`text "${text.trim()}" in <${parent?.tagName.toLowerCase()}>`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext']) {
      const value = el.getAttribute(attr);
      if (value && leftover(value)) found.push(`${attr}="${value}" on <${el.tagName.toLowerCase()}>`);
    }
  }
  return found;
}

/** The text nodes had some pseudo-locale text at all (the page rendered through the mock). */
const pseudoShown = () => (document.body.textContent ?? '').includes('⟦');

beforeEach(() => {
  fakeBrowser.reset();
  sendMock.mockReset();
});
afterEach(() => {
  cleanup();
  cleanupPopup();
  vi.restoreAllMocks();
  history.replaceState(null, '', '#');
});

describe('the pseudo-locale check itself', () => {
  it('finds a literal outside _locales, and passes numbers, dates and app names', () => {
    expect(leftover('⟦Held⟧ 3 · Slack, Gmail · Mon 23 Nov, 10:30 AM')).toBe('');
    expect(leftover('⟦Held⟧ 3 messages')).toBe('messages');
  });
});

describe('popup', () => {
  const statuses: Array<[string, FocusStatus]> = [
    ['idle', idleStatus()],
    ['first run', idleStatus({ firstRun: true, workHours: { rules: idleStatus().workHours.rules, confirmed: false } })],
    [
      'next block and paused',
      idleStatus({ next: { start: NOW + 3_600_000, end: NOW + 7_200_000 }, pausedUntil: NOW + 1_800_000 }),
    ],
    [
      'focusing with held items',
      {
        ...focusingStatus(10, 50),
        held: [heldItem('slack', 3, { messages: 4 }), heldItem('gmail', 5), heldItem('teams', 61)],
        // As the background names them (FocusStatus.appNames).
        appNames: { slack: 'Slack', gmail: 'Gmail', teams: 'Microsoft Teams' },
      },
    ],
    ['strict', focusingStatus(10, 50, true)],
  ];
  it.each(statuses)('%s: every word is from _locales', async (_, status) => {
    sendMock.mockImplementation(async (type: string) => (type === 'getStatus' ? status : { ok: true }));
    await renderPopup();
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.body.textContent).not.toContain('popup_loading'));
    expect(pseudoShown()).toBe(true);
    expect(untranslatedTexts()).toEqual([]);
  });
});

describe('options', () => {
  const good = [{ days: ['mon', 'wed'], start: '22:00', end: '02:00', zone: 'Europe/Berlin' }] as ScheduleRule[];
  // A saved rule the editor refuses: its reasons (utils/schedule-file.ts) show beside it.
  const wrong = [{ days: [], start: '10:00', end: '10:00', zone: 'local' }] as ScheduleRule[];
  it.each([
    ['', good],
    ['#welcome', good],
    ['', wrong],
  ])('page %j: every word is from _locales', async (hash, rules) => {
    if (hash) history.replaceState(null, '', hash);
    fewZones();
    scriptBackground(sendMock, {
      settings: settingsFixture({
        customSites: [{ origin: 'https://chat.example.org', name: 'Team chat', grammar: 'mattermost' }],
        batchWindows: ['12:00'],
      }),
      schedule: scheduleFixture(rules),
    });
    render(<OptionsApp />);
    await screen.findAllByRole('region');
    await waitFor(() => expect(document.querySelectorAll('section').length).toBeGreaterThan(5));
    expect(pseudoShown()).toBe(true);
    expect(untranslatedTexts()).toEqual([]);
  });
});

describe('report', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    forgetDbConnection();
  });

  it('a week with blocks and interruptions: every word is from _locales', async () => {
    const berlin = (day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h - 1, m);
    const monBlock = block(berlin(23, 9), berlin(23, 11));
    const items: Interruption[] = [
      interruption(berlin(23, 9, 10), { appId: 'slack', kind: 'held', blockId: monBlock.id }),
      interruption(berlin(23, 9, 40), { appId: 'gmail', kind: 'breakthrough', blockId: monBlock.id }),
      interruption(berlin(23, 10, 15), { appId: 'slack', kind: 'peek', blockId: monBlock.id, messages: 0 }),
      interruption(berlin(24, 14, 0), { appId: 'teams', kind: 'delivered' }),
      interruption(berlin(25, 11, 0), { appId: 'custom:https://chat.example.org', kind: 'delivered' }),
    ];
    const blocks: FocusBlock[] = [monBlock, block(berlin(26, 13), berlin(26, 14, 30), { strict: true })];
    const db = await openHeadsDownDb();
    const tx = db.transaction(['interruptions', 'blocks'], 'readwrite');
    for (const i of items) void tx.objectStore('interruptions').put(i);
    for (const b of blocks) void tx.objectStore('blocks').put(b);
    await tx.done;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'chrome-extension://test/report.html?week=2026-11-25',
    );
    render(<ReportApp now={() => Date.UTC(2026, 11, 1, 12)} zone="Europe/Berlin" firstDay={1} />);
    await waitFor(() => expect(document.querySelector('main')?.dataset.state).toBe('ready'));
    expect(pseudoShown()).toBe(true);
    expect(untranslatedTexts()).toEqual([]);
  });
});

describe('digest', () => {
  it('title and text are from _locales, apart from app names and numbers', () => {
    const held = [
      interruption(0, { appId: 'slack', kind: 'held', messages: 3 }),
      interruption(0, { appId: 'slack', kind: 'held' }),
      interruption(0, { appId: 'gmail', kind: 'held' }),
    ];
    const name = (id: string) => WATCHED_APPS.find((a) => a.id === id)?.name ?? id;
    const digest = composeDigest(held, 25 * 60_000, name, { locale: 'en', t, plural });
    expect(digest).not.toBeNull();
    expect(digest?.title).toContain('⟦');
    expect([leftover(digest!.title), leftover(digest!.message)]).toEqual(['', '']);
  });
});

describe('errors of history files, imports and storage', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    forgetDbConnection();
  });

  const T0 = Date.UTC(2026, 10, 23, 9);
  const HOUR = 3_600_000;
  const workHours: ScheduleRule[] = [{ days: ['mon'], start: '09:00', end: '17:00', zone: 'local' }];
  /** A valid file, as a plain object to break on purpose. */
  const validFile = () => {
    const b = block(T0, T0 + HOUR, { lastBatchAt: T0 });
    const i = interruption(T0, { blockId: b.id, text: { title: '1', body: '2' }, tally: { notification: 1, rise: 0 } });
    return JSON.parse(serializeHistory([i, interruption(T0 + 1)], [b], T0, { workHours, away: [] }));
  };
  type File = ReturnType<typeof validFile>;

  /** The file format's own words (field names, values, ids): data in every language, never translated. */
  function fileWords(): string[] {
    const words = new Set<string>(['heads-down-history', 'null', 'true', 'false']);
    const walk = (value: unknown, key?: string) => {
      if (key) words.add(key);
      if (typeof value === 'string') words.add(value);
      if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? undefined : k);
    };
    walk(validFile());
    for (const w of ['delivered', 'held', 'breakthrough', 'peek', 'pending', 'released', 'opened', 'dismissed'])
      words.add(w);
    for (const w of ['schedule', 'manual', 'notification', 'title', 'favicon', 'sound', 'mine']) words.add(w);
    return [...words];
  }

  const refused = (mutate: (file: File) => void): Message => {
    const file = validFile();
    mutate(file);
    const result = parseHistoryFile(JSON.stringify(file));
    if (result.ok) throw new Error('expected the file to be refused');
    return result.error;
  };
  const parsedError = (text: string): Message => {
    const result = parseHistoryFile(text);
    if (result.ok) throw new Error('expected the text to be refused');
    return result.error;
  };
  const planned = (blocks: FocusBlock[], stored: FocusBlock[] = [], interruptions: Interruption[] = []): Message => {
    const result = planImport({ interruptions, blocks }, { blocks: stored, interruptionIds: new Set() }, T0);
    if (result.ok) throw new Error('expected the import to be refused');
    return result.error;
  };

  it('every one of them is worded from _locales, and every hist_ and storage message is reached', async () => {
    const jsonDetail = (() => {
      try {
        JSON.parse('{');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    const running = block(T0 - HOUR, T0 + HOUR, { endedAt: null });
    const errors: Message[] = [
      parsedError(`${' '.repeat(50 * 1024 * 1024)}{}`),
      parsedError('{'),
      parsedError('[]'),
      refused((f) => (f.format = 'other')),
      refused((f) => (f.version = 9)),
      refused((f) => (f.interruptions = {})),
      parsedError(
        `{"format":"heads-down-history","version":1,"exportedAt":0,"interruptions":[${'0,'.repeat(500_000)}0],"blocks":[]}`,
      ),
      refused((f) => (f.away = new Array(500_001).fill(0))),
      refused((f) => (f.workHours = [{ days: ['mon'], start: '25:00', end: '17:00', zone: 'local' }])),
      refused((f) => (f.away = [{ start: 5, end: 5 }])),
      refused((f) => (f.interruptions[0] = 'x')),
      refused((f) => delete f.interruptions[0].lastAt),
      refused((f) => (f.interruptions[0].at = 'soon')),
      refused((f) => (f.blocks[0].endedAt = '∞')),
      refused((f) => (f.interruptions[0].id = '')),
      refused((f) => (f.interruptions[0].blockId = 5)),
      refused((f) => (f.blocks[0].strict = 'yes')),
      refused((f) => (f.interruptions[0].offsetMin = 2000)),
      refused((f) => (f.interruptions[0].kind = 'spam')),
      refused((f) => (f.interruptions[0].appId = 7)),
      refused((f) => (f.interruptions[0].signals = ['vibrate'])),
      refused((f) => (f.interruptions[0].text = { title: 'a', body: 3 })),
      refused((f) => (f.interruptions[0].tally = { notification: -1, rise: 0 })),
      refused((f) => (f.interruptions[0].tabId = 'x')),
      refused((f) => (f.interruptions[0].lastAt = f.interruptions[0].at - 1)),
      refused((f) => (f.interruptions[1].id = f.interruptions[0].id)),
      planned([block(T0 - 2 * HOUR, T0 - HOUR, { endedAt: null })]),
      planned([block(T0 + HOUR, T0 + 2 * HOUR)]),
      planned([block(T0 - HOUR, T0 + HOUR)]),
      planned([block(T0 - 1.5 * HOUR, T0 - 0.5 * HOUR)], [running]),
      planned([block(T0 - 3 * HOUR, T0 - 2 * HOUR)], [{ ...block(T0 - 2.5 * HOUR, T0 - 2 * HOUR), id: 'mine' }]),
      planned([block(T0 - 3 * HOUR, T0 - 2 * HOUR), block(T0 - 2.5 * HOUR, T0 - HOUR)]),
      planned([], [running], [interruption(T0 - 60_000, { blockId: running.id })]),
    ];
    // Another page's import still running: refused in this one.
    const db = await openHeadsDownDb();
    await db.put('kv', { heartbeatAt: Date.now() }, 'importInProgress');
    const busy = await importHistoryFile(serializeHistory([], [], T0), T0);
    expect(busy.ok).toBe(false);
    if (!busy.ok) errors.push(busy.error);

    const reached = new Set<string>();
    const wording = {
      t: (key: MessageKey, ...args: Array<string | number>) => {
        reached.add(key);
        return t(key, ...args);
      },
    };
    const texts = errors.map((error) => say(wording, error));
    // Every storage action, with each kind of cause (the browser's own detail here has no letters).
    const en = messagesOf('en');
    const actions = Object.keys(en).filter((k): k is StorageAction => k.startsWith('storage_'));
    for (const action of actions)
      for (const cause of [
        new DOMException('', 'QuotaExceededError'),
        new DOMException('', 'AbortError'),
        new Error('#42'),
      ])
        texts.push(new StorageError(action, cause).worded(wording));

    const allowed = [...fileWords(), jsonDetail].sort((a, b) => b.length - a.length);
    const isoTimes = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;
    const leftovers = texts
      .map((text) => allowed.reduce((rest, word) => rest.split(word).join(' '), text.replace(isoTimes, ' ')))
      .map(leftover)
      .filter(Boolean);
    expect(leftovers).toEqual([]);
    const expected = Object.keys(en).filter((k) => /^(hist_|storage)/.test(k));
    expect(expected.filter((k) => !reached.has(k))).toEqual([]);
  }, 20_000);
});

import { describe, expect, it } from 'vitest';
import { appForUrl, matchesPattern, WATCHED_MATCHES } from '@/utils/apps';

describe('matchesPattern', () => {
  it.each([
    ['https://mail.google.com/*', 'https://mail.google.com/mail/u/0/#inbox', true],
    ['https://mail.google.com/*', 'https://mail.google.com.evil.test/', false],
    ['https://*.slack.com/*', 'https://acme.slack.com/client/T1', true],
    ['https://*.slack.com/*', 'https://slack.com/', true],
    ['https://*.slack.com/*', 'https://notslack.com/', false],
    ['https://web.telegram.org/k/*', 'https://web.telegram.org/a/', false],
    ['https://web.telegram.org/k/*', 'https://web.telegram.org/k/#@chat', true],
    ['https://discord.com/*', 'http://discord.com/', false],
  ])('%s vs %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});

describe('appForUrl', () => {
  it('finds catalog apps and custom sites, and nothing else', () => {
    expect(appForUrl('https://app.slack.com/client/T1/C2')).toBe('slack');
    expect(appForUrl('https://web.telegram.org/a/#123')).toBe('telegram-a');
    expect(
      appForUrl('https://chat.example.org/x', [
        { origin: 'https://chat.example.org', name: 'MM', grammar: 'mattermost' },
      ]),
    ).toBe('custom:https://chat.example.org');
    expect(appForUrl('https://example.com/')).toBeNull();
    expect(appForUrl('not a url')).toBeNull();
  });

  it('never watches every page', () => {
    expect(
      WATCHED_MATCHES.some((p) => p.startsWith('*://*/') || p === '<all_urls>' || p.startsWith('https://*/')),
    ).toBe(false);
  });
});

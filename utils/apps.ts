/** The watched-app catalog: which hosts Heads Down guards and how each app behaves. Pure data. */

export type AppId =
  | 'gmail'
  | 'google-chat'
  | 'outlook'
  | 'teams'
  | 'slack'
  | 'discord'
  | 'whatsapp'
  | 'telegram-k'
  | 'telegram-a'
  | 'messenger'
  | 'mattermost'
  | 'rocketchat'
  | 'zulip'
  | 'element'
  | 'proton-mail'
  | 'fastmail'
  | 'yahoo-mail'
  | 'linkedin'
  | 'zoho-mail'
  | 'zoho-cliq';

export interface WatchedApp {
  id: AppId;
  name: string;
  /** Content-script match patterns; also the host permissions. Empty for self-hosted-only apps. */
  matches: string[];
  /**
   * The app alternates its title between a count and the base title (Telegram, Messenger),
   * so a title without a count does not mean the person read the messages.
   */
  blinks: boolean;
}

export const WATCHED_APPS: readonly WatchedApp[] = [
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'], blinks: false },
  { id: 'google-chat', name: 'Google Chat', matches: ['https://chat.google.com/*'], blinks: false },
  {
    id: 'outlook',
    name: 'Outlook',
    matches: [
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
    ],
    blinks: false,
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
    blinks: false,
  },
  { id: 'slack', name: 'Slack', matches: ['https://app.slack.com/*', 'https://*.slack.com/*'], blinks: false },
  {
    id: 'discord',
    name: 'Discord',
    matches: ['https://discord.com/*', 'https://*.discord.com/*', 'https://discordapp.com/*'],
    blinks: false,
  },
  { id: 'whatsapp', name: 'WhatsApp', matches: ['https://web.whatsapp.com/*'], blinks: false },
  {
    id: 'telegram-k',
    name: 'Telegram',
    matches: ['https://web.telegram.org/k/*', 'https://webk.telegram.org/*'],
    blinks: true,
  },
  {
    id: 'telegram-a',
    name: 'Telegram',
    matches: ['https://web.telegram.org/a/*', 'https://webz.telegram.org/*'],
    blinks: true,
  },
  {
    id: 'messenger',
    name: 'Messenger',
    matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
    blinks: true,
  },
  { id: 'mattermost', name: 'Mattermost', matches: [], blinks: false },
  { id: 'rocketchat', name: 'Rocket.Chat', matches: ['https://*.rocket.chat/*'], blinks: false },
  { id: 'zulip', name: 'Zulip', matches: ['https://*.zulipchat.com/*'], blinks: false },
  { id: 'element', name: 'Element', matches: ['https://app.element.io/*'], blinks: false },
  {
    id: 'proton-mail',
    name: 'Proton Mail',
    matches: ['https://mail.proton.me/*', 'https://mail.protonmail.com/*'],
    blinks: false,
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    matches: ['https://app.fastmail.com/*', 'https://www.fastmail.com/*'],
    blinks: false,
  },
  { id: 'yahoo-mail', name: 'Yahoo Mail', matches: ['https://mail.yahoo.com/*'], blinks: false },
  { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'], blinks: true },
  {
    id: 'zoho-mail',
    name: 'Zoho Mail',
    matches: [
      'https://mail.zoho.com/*',
      'https://mail.zoho.eu/*',
      'https://mail.zoho.in/*',
      'https://mail.zoho.com.au/*',
    ],
    blinks: false,
  },
  {
    id: 'zoho-cliq',
    name: 'Zoho Cliq',
    matches: ['https://cliq.zoho.com/*', 'https://cliq.zoho.eu/*', 'https://cliq.zoho.in/*'],
    blinks: false,
  },
];

/** Every match pattern of the catalog: the manifest's host permissions and content-script matches. */
export const WATCHED_MATCHES: string[] = WATCHED_APPS.flatMap((app) => app.matches);

export function appById(id: string): WatchedApp | undefined {
  return WATCHED_APPS.find((app) => app.id === id);
}

/** True when `url` matches a WebExtension match pattern (scheme://host/path with `*` wildcards). */
export function matchesPattern(pattern: string, url: string | URL): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const [, scheme = '', host = '', path = ''] = m;
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : urlScheme !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  if (path === '/*') return true; // most patterns: no expression to build
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(parsed.pathname + parsed.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A site the person added; it borrows the title grammar of `grammar` (a catalog app) or none. */
export interface CustomSite {
  origin: string; // e.g. https://chat.example.org
  name: string;
  grammar: AppId | null;
}

/** The app id for a URL: catalog apps first, then custom sites (`custom:<origin>`). */
export function appForUrl(url: string, customSites: readonly CustomSite[] = []): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url); // once, not once per pattern: the guard asks this at document_start
  } catch {
    return null;
  }
  for (const app of WATCHED_APPS) {
    if (app.matches.some((p) => matchesPattern(p, parsed))) return app.id;
  }
  const origin = parsed.origin;
  const site = customSites.find((s) => s.origin === origin);
  return site ? `custom:${site.origin}` : null;
}

/** What to call an app id in the interface: the catalog name, or a custom site's name or host. */
export function appDisplayName(id: string, customSites: readonly CustomSite[] = []): string {
  const app = appById(id);
  if (app) return app.name;
  const origin = id.startsWith('custom:') ? id.slice('custom:'.length) : id;
  const site = customSites.find((s) => s.origin === origin);
  if (site) return site.name;
  try {
    return new URL(origin).host;
  } catch {
    return id;
  }
}

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { mergeLocales } from './scripts/merge-locales.mjs';
import { WATCHED_MATCHES } from './utils/apps';

mergeLocales();

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports pulled utils/browser-i18n (and with it the polyfill) into the
  // MAIN-world guard through a parameter named like one of its exports.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Fewest that work: storage (settings mirror, focus state for content scripts), alarms (one, at
    // the next boundary), notifications (the digest), scripting (custom sites registered at run time),
    // idle (presence: time away from the computer is not working time; it shows no install warning).
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'idle'],
    host_permissions: WATCHED_MATCHES,
    // Custom sites ask for their own origin when the person adds them.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    commands: {
      'start-focus': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandStartFocus__',
      },
    },
    browser_specific_settings: { gecko: { id: 'heads-down@example.org', strict_min_version: '128.0' } },
  },
});

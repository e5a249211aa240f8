import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES } from '@/utils/block-length';
import { t } from '@/utils/browser-i18n';
import { NumberField } from './NumberField';
import { Switch } from './Switch';
import { useSettings } from './settings-context';

/** The key the browser assigned to "start a focus block": '' when none is set, null when it cannot say. */
function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    // Through a promise so a browser without the commands API (or a test double) cannot throw here.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => setShortcut(all.find((c) => c.name === 'start-focus')?.shortcut ?? ''))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}

/** The toolbar badge and the keyboard shortcut's block length. */
export function ToolbarSettings() {
  const { settings, save } = useSettings();
  const shortcut = useShortcut();
  return (
    <div class="toolbar">
      <Switch
        label={t('options_showHeldCount')}
        hint={t('options_showHeldCountHint')}
        checked={settings.showHeldCount}
        onChange={(showHeldCount) => save({ ...settings, showHeldCount })}
      />
      <NumberField
        id="default-minutes"
        label={t('options_defaultMinutes')}
        suffix={t('options_minutes')}
        min={MIN_BLOCK_MINUTES}
        max={MAX_BLOCK_MINUTES}
        value={settings.defaultMinutes}
        onCommit={(defaultMinutes) => save({ ...settings, defaultMinutes })}
      />
      {shortcut !== null && (
        <div class="shortcut">
          <p>
            {shortcut ? (
              <>
                {t('options_shortcutIs')} <kbd>{shortcut}</kbd>
              </>
            ) : (
              t('options_shortcutNone')
            )}
          </p>
          <p class="hint">{t('options_shortcutChange')}</p>
        </div>
      )}
    </div>
  );
}

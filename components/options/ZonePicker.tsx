import { useMemo } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { useDraft } from './use-draft';

interface Props {
  id: string;
  /** The shared <datalist> (see ZoneList) so a long zone list is in the page once. */
  listId: string;
  value: string;
  onChange: (zone: string) => void;
}

/** Every zone the browser knows; an old browser without supportedValuesOf still offers UTC and the local zone. */
function allZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/**
 * A searchable zone field: typing filters the datalist. "local" is shown as the words "Wherever I am"
 * so the person never has to know the internal value.
 */
export function ZonePicker({ id, listId, value, onChange }: Props) {
  const localLabel = t('options_zoneLocal');
  const shown = value === 'local' ? localLabel : value;
  const [text, setText] = useDraft(shown);
  return (
    <input
      id={id}
      class="zone-input"
      type="text"
      list={listId}
      value={text}
      autoComplete="off"
      spellcheck={false}
      onInput={(e) => setText(e.currentTarget.value)}
      onChange={(e) => {
        const typed = e.currentTarget.value.trim();
        onChange(typed === localLabel ? 'local' : typed);
      }}
    />
  );
}

/** The options every ZonePicker offers: "Wherever I am" first, then every IANA zone. */
export function ZoneList({ id }: { id: string }) {
  const zones = useMemo(allZones, []);
  return (
    <datalist id={id}>
      <option value={t('options_zoneLocal')} />
      {zones.map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
}

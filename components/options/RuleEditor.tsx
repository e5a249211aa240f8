import { t } from '@/utils/browser-i18n';
import type { ScheduleRule } from '@/utils/model';
import { DayToggles } from './DayToggles';
import { ZonePicker } from './ZonePicker';

interface Props {
  rule: ScheduleRule;
  index: number;
  /** What is wrong with this rule, or null. */
  error: string | null;
  zoneListId: string;
  onChange: (rule: ScheduleRule) => void;
  onRemove: () => void;
  /** Element ids start with this, so two editors on one page never share ids. */
  idPrefix?: string;
}

/** One weekly rule: its days, start and end times, zone, and what is wrong with it. */
export function RuleEditor({ rule, index, error, zoneListId, onChange, onRemove, idPrefix = 'rule' }: Props) {
  const base = `${idPrefix}-${index}`;
  const name = t('options_ruleName', index + 1);
  // "HH:MM" strings compare correctly as text; equal times are an error, reported by validation instead.
  const crossesMidnight = rule.end < rule.start;
  return (
    <li class={`rule${error ? ' rule-invalid' : ''}`} aria-labelledby={`${base}-name`}>
      <div class="rule-head">
        <h3 id={`${base}-name`}>{name}</h3>
        <button
          type="button"
          class="btn btn-quiet"
          aria-label={t('options_ruleRemoveLabel', index + 1)}
          onClick={onRemove}
        >
          {t('options_ruleRemove')}
        </button>
      </div>
      <DayToggles
        days={rule.days}
        groupLabel={t('options_ruleDays', index + 1)}
        onChange={(days) => onChange({ ...rule, days })}
      />
      <div class="rule-fields">
        <div class="field">
          <label for={`${base}-start`}>{t('options_ruleStart')}</label>
          <input
            id={`${base}-start`}
            type="time"
            value={rule.start}
            required
            onChange={(e) => onChange({ ...rule, start: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${base}-end`}>{t('options_ruleEnd')}</label>
          <input
            id={`${base}-end`}
            type="time"
            value={rule.end}
            required
            onChange={(e) => onChange({ ...rule, end: e.currentTarget.value })}
          />
        </div>
        <div class="field field-grow">
          <label for={`${base}-zone`}>{t('options_ruleZone')}</label>
          <ZonePicker
            id={`${base}-zone`}
            listId={zoneListId}
            value={rule.zone}
            onChange={(zone) => onChange({ ...rule, zone })}
          />
        </div>
      </div>
      {crossesMidnight && !error && <p class="note">{t('options_ruleCrossesMidnight', rule.end)}</p>}
      {error && (
        <p class="status status-error" role="alert" id={`${base}-error`}>
          {error}
        </p>
      )}
    </li>
  );
}

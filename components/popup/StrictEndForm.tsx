/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';

interface Props {
  phrase: string;
  /** What the person has typed so far. */
  typed: string;
  earlyEndsLeft: number;
  busy: boolean;
  onType: (typed: string) => void;
  onEnd: (phrase: string) => void;
  onCancel: () => void;
}

/** Strict mode: ending early means typing the committed phrase, and only a few times a week. */
export function StrictEndForm({ phrase, typed, earlyEndsLeft, busy, onType, onEnd, onCancel }: Props) {
  const none = earlyEndsLeft <= 0;
  return (
    <form
      class="strict-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!none) onEnd(typed);
      }}
    >
      <p class="strict-left" id="strict-left">
        {none ? t('popup_strictNoneLeft') : t('popup_strictLeft', earlyEndsLeft)}
      </p>
      {!none && (
        <>
          <label for="strict-phrase">{t('popup_strictPrompt', phrase)}</label>
          <input
            id="strict-phrase"
            type="text"
            autocomplete="off"
            spellcheck="false"
            value={typed}
            aria-describedby="strict-left"
            onInput={(e) => onType(e.currentTarget.value)}
            // Pasting would defeat the point of typing a commitment.
            onPaste={(e) => e.preventDefault()}
          />
        </>
      )}
      <div class="row">
        {!none && (
          <button type="submit" class="button button-danger" disabled={busy || typed.trim() === ''}>
            {t('popup_endNow')}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {t('popup_keepFocusing')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';

interface Props {
  phrase: string;
  earlyEndsLeft: number;
  busy: boolean;
  onEnd: (phrase: string) => void;
  onCancel: () => void;
}

/** Strict mode: ending early means typing the committed phrase, and only a few times a week. */
export function StrictEndForm({ phrase, earlyEndsLeft, busy, onEnd, onCancel }: Props) {
  const [typed, setTyped] = useState('');
  const none = earlyEndsLeft <= 0;
  const input = useRef<HTMLInputElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // The form replaces the button that opened it, so focus moves into it rather than to the page.
  useEffect(() => (input.current ?? cancel.current)?.focus(), []);
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
            ref={input}
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={typed}
            aria-describedby="strict-left"
            onInput={(e) => setTyped(e.currentTarget.value)}
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
        <button type="button" class="button button-quiet" ref={cancel} onClick={onCancel}>
          {t('popup_keepFocusing')}
        </button>
      </div>
    </form>
  );
}

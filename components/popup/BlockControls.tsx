import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { StrictEndForm } from './StrictEndForm';

const EXTENSIONS = [15, 25] as const;

interface Props {
  strict: boolean;
  strictPhrase: string;
  earlyEndsLeft: number;
  busy: boolean;
  onExtend: (minutes: number) => void;
  onEnd: (phrase?: string) => void;
}

/** Extend the running block or end it early (through the typed phrase when the block is strict). */
export function BlockControls({ strict, strictPhrase, earlyEndsLeft, busy, onExtend, onEnd }: Props) {
  const [ending, setEnding] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  // Back from the strict form: put focus where the person left it.
  useEffect(() => {
    if (!ending && cancelled.current) {
      cancelled.current = false;
      endButton.current?.focus();
    }
  }, [ending]);
  if (ending && strict) {
    return (
      <StrictEndForm
        phrase={strictPhrase}
        earlyEndsLeft={earlyEndsLeft}
        busy={busy}
        onEnd={(phrase) => onEnd(phrase)}
        onCancel={() => {
          cancelled.current = true;
          setEnding(false);
        }}
      />
    );
  }
  return (
    <div class="row block-controls">
      {EXTENSIONS.map((minutes) => (
        <button
          key={minutes}
          type="button"
          class="button"
          disabled={busy}
          onClick={() => onExtend(minutes)}
          title={t('popup_extendLabel', minutes)}
        >
          {t('popup_extend', minutes)}
        </button>
      ))}
      <button
        type="button"
        class="button button-quiet end-early"
        ref={endButton}
        disabled={busy}
        onClick={() => (strict ? setEnding(true) : onEnd())}
      >
        {strict ? t('popup_endEarlyStrict') : t('popup_endEarly')}
      </button>
    </div>
  );
}

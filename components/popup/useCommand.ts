/** Sends popup commands to the background, tracking the one in flight and the last failure. */
import { useCallback, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { type Done, type MessageName, type Protocol, send } from '@/utils/messages';

type CommandName = {
  [K in MessageName]: Protocol[K]['reply'] extends Done ? K : never;
}[MessageName];

type Args<K extends MessageName> = Protocol[K]['payload'] extends undefined ? [] : [Protocol[K]['payload']];

export interface Commands {
  /** The command in flight, if any (its buttons show as busy). */
  pending: CommandName | null;
  /** The last failure in words, cleared by the next command. */
  error: string | null;
  /** Runs a command; true when the background did it. */
  run: <K extends CommandName>(type: K, ...payload: Args<K>) => Promise<boolean>;
  clearError: () => void;
}

/** Command runner for the popup; `onDone` re-reads the status after a success. */
export function useCommand(onDone: () => void): Commands {
  const [pending, setPending] = useState<CommandName | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async <K extends CommandName>(type: K, ...payload: Args<K>): Promise<boolean> => {
      setPending(type);
      setError(null);
      try {
        const reply = (await send(type, ...payload)) as Done | undefined;
        if (reply && reply.ok === true) {
          onDone();
          return true;
        }
        setError(reply && reply.ok === false ? reply.error : t('popup_errorNoAnswer'));
        return false;
      } catch {
        setError(t('popup_errorNoAnswer'));
        return false;
      } finally {
        setPending(null);
      }
    },
    [onDone],
  );

  return { pending, error, run, clearError: useCallback(() => setError(null), []) };
}

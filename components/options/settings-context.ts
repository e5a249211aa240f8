/** Lets each settings section read the settings and save a changed copy without prop drilling. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Settings } from '@/utils/settings';

export interface SettingsApi {
  settings: Settings;
  /** Validates and saves `next`; resolves to the error text to show, or null when saved. */
  save: (next: Settings) => Promise<string | null>;
  /** Reads the settings again after the background changed them itself (custom sites). */
  refresh: () => Promise<void>;
}

export const SettingsContext = createContext<SettingsApi | null>(null);

/** The nearest settings API; throws outside a provider because that is a wiring bug. */
export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings needs a SettingsContext provider');
  return api;
}

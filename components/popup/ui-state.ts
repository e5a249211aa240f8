/**
 * What the popup holds besides the background's status: which forms are open and what is typed in
 * them. The whole popup is drawn from it on every change (entrypoints/popup/App.tsx), so a typed
 * value survives a redraw for new data.
 */
export interface UiState {
  /** The custom block length as typed, and whether the last start refused it. */
  custom: string;
  customInvalid: boolean;
  /** The strict end-early form is open, and the phrase typed into it. */
  ending: boolean;
  phrase: string;
  /** The pause form is open, its datetime-local value, and whether the last submit refused it. */
  pausing: boolean;
  pauseUntil: string;
  pauseInvalid: boolean;
  /** Held groups unfolded past the first few items, by app id. */
  expanded: string[];
}

/**
 * Changes the UI state and redraws; `focus` is a selector to focus after the redraw (a form that
 * replaces the button that opened it takes the focus, and gives it back when it closes).
 */
export type SetUi = (change: Partial<UiState>, focus?: string) => void;

export function initialUi(): UiState {
  return {
    custom: '',
    customInvalid: false,
    ending: false,
    phrase: '',
    pausing: false,
    pauseUntil: '',
    pauseInvalid: false,
    expanded: [],
  };
}

/** The popup's query and the one command that clears what it reports. */

import { fail, type HandlersFor } from './handler-kit';
import { refreshPopupSnapshot } from './popup-snapshot';
import { focusStatus } from './status';
import { dismissWarning } from './warnings';

export const statusHandlers: HandlersFor<'getStatus' | 'dismissWarning'> = {
  getStatus: () => focusStatus(Date.now()),

  async dismissWarning(payload) {
    const warning = payload?.warning;
    if (warning !== 'storageError' && warning !== 'droppedSignals') return fail('Unknown warning.');
    await dismissWarning(warning);
    await refreshPopupSnapshot();
    return { ok: true };
  },
};

/**
 * A revision of the stored records that extension pages listen to: the background bumps it after it
 * stores a batch of signals, so an open popup redraws its held list and figures at once. It lives in
 * storage.session, which content scripts cannot see (the default access level), so bumping it wakes
 * no page script and nothing of it reaches a page.
 */
export const RECORDS_REVISION_KEY = 'recordsRevision';

import { WATCHED_MATCHES } from '@/utils/apps';

export default defineContentScript({
  matches: WATCHED_MATCHES,
  runAt: 'document_start',
  main() {},
});

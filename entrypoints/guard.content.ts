import { WATCHED_MATCHES } from '@/utils/apps';

export default defineContentScript({
  matches: WATCHED_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {},
});

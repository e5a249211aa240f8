// Generated from utils/apps.ts by scripts/guard-entries.ts (run by every build): do not edit.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { linkedinGrammar } from '@/utils/title-grammars';
import { startGuard } from '../start';

/** The app this guard is for; utils/watched-scripts.ts puts it on the app's pages. */
const app = { id: 'linkedin', name: 'LinkedIn', blinks: true, grammar: linkedinGrammar };

export default defineUnlistedScript(() => startGuard(app));

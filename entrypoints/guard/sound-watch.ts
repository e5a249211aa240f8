/**
 * Notices notification sounds. Holding them is the background's job (it mutes the tab for the
 * block, which covers <audio>, detached Audio and Web Audio alike); the guard only reports them.
 * Streams (srcObject: calls) are not notification sounds and are ignored.
 */
import type { GuardContext } from './context';

export function installSoundWatch(ctx: GuardContext): void {
  const proto = HTMLMediaElement.prototype;
  // Stays for the page's life: sounds are reported in and out of blocks (outside one they count as a
  // message that reached the person, utils/signal-judging.ts); the cost when nothing plays is nil, and
  // one comparison per play() when something does (entrypoints/guard/index.ts says why the guard
  // never tears down).
  const nativePlay = proto.play;
  proto.play = function (this: HTMLMediaElement) {
    if (!this.srcObject && (this.currentSrc || this.src)) ctx.emit({ kind: 'sound', messages: 1 });
    return nativePlay.call(this);
  };
}

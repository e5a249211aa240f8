/**
 * Notices notification sounds. Holding them is the background's job (it mutes the tab for the
 * block, which covers <audio>, detached Audio and Web Audio alike); the guard only reports them.
 * Streams (srcObject: calls) are not notification sounds and are ignored.
 */
import type { GuardContext } from './context';

export function installSoundWatch(ctx: GuardContext): void {
  const proto = HTMLMediaElement.prototype;
  const nativePlay = proto.play;
  proto.play = function (this: HTMLMediaElement) {
    if (!this.srcObject && (this.currentSrc || this.src) && ctx.mode !== 'off')
      ctx.emit({ kind: 'sound', messages: 1 });
    return nativePlay.call(this);
  };
}

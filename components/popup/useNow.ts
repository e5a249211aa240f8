/** A clock that ticks once a second while something on screen counts down. */
import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, re-read once a second while `target` (epoch ms the countdown runs to) is set.
 * Ticks land just after each whole second before `target`, so the shown seconds change evenly.
 */
export function useNow(target: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (target === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      // Exactly on a boundary the face is already right; the next change is a whole second away.
      const offset = (((target - Date.now()) % 1000) + 1000) % 1000 || 1000;
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, offset + 15);
    };
    setNow(Date.now());
    schedule();
    return () => clearTimeout(timer);
  }, [target]);
  return now;
}

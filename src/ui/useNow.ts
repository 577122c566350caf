// The clock the live marks follow: ticks on each minute boundary, never more
// often, and not at all while the tab is hidden.
import { useEffect, useState } from 'react';

const MINUTE = 60_000;

export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: number | undefined;
    const schedule = () => {
      timer = window.setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, MINUTE - (Date.now() % MINUTE));
    };
    const onVisibility = () => {
      window.clearTimeout(timer);
      if (document.hidden) return;
      setNow(Date.now());
      schedule();
    };
    if (!document.hidden) schedule();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return now;
}

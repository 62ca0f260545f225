import { useEffect, useState } from 'react';

let painted = false;

/**
 * false until the browser has painted once after the app's first render, then true (at once for
 * anything mounted later). The first screen shows its figures and charts first and adds its
 * controls (filters, export buttons) in the next frame: on this machine they took ~150 ms of the
 * first render, before any chart could be drawn.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timeout set during an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        setReady(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}

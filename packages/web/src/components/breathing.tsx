import { useCallback, useEffect, useRef, useState } from 'react';
import { usePrefersReducedMotion } from '../safety/reduced-motion';

/** Seconds in and out: a longer out-breath slows the body down. Keep in step with .breath__circle in CSS. */
export const BREATHE_IN = 4;
export const BREATHE_OUT = 6;
const CYCLE = BREATHE_IN + BREATHE_OUT;

/**
 * Paced breathing: a circle that grows for 4 seconds and shrinks for 6, with the phase and a count.
 * Under reduced motion nothing moves: no circle is drawn, only a calm count in words. The phase is
 * announced to screen readers as it changes; the count is not, so it never chatters.
 */
export function Breathing() {
  const still = usePrefersReducedMotion();
  const start = useRef(performance.now());
  const [second, setSecond] = useState(0);

  useEffect(() => {
    const timer = window.setInterval(() => {
      setSecond(Math.floor((performance.now() - start.current) / 1000));
    }, 200);
    return () => window.clearInterval(timer);
  }, []);

  // The circle's CSS animation starts when it is drawn; set its clock to the count's, so the two
  // agree even when the motion setting changes part-way through.
  const syncCircle = useCallback((stage: HTMLSpanElement | null) => {
    for (const animation of stage?.getAnimations({ subtree: true }) ?? []) {
      animation.currentTime = (performance.now() - start.current) % (CYCLE * 1000);
    }
  }, []);

  const inCycle = second % CYCLE;
  const breathingIn = inCycle < BREATHE_IN;
  const count = breathingIn ? inCycle + 1 : inCycle - BREATHE_IN + 1;
  const of = breathingIn ? BREATHE_IN : BREATHE_OUT;

  const phase = (
    <p className="breath__phase" role="status">
      {breathingIn ? 'Breathe in' : 'Breathe out'}
    </p>
  );

  if (still) {
    return (
      <div className="breath breath--still">
        {phase}
        <p className="breath__ticks" aria-hidden="true">
          {Array.from({ length: of }, (_, i) => (
            <span key={i} className={i < count ? 'breath__tick breath__tick--done' : 'breath__tick'}>
              {i + 1}
            </span>
          ))}
        </p>
      </div>
    );
  }

  return (
    <div className="breath">
      <span ref={syncCircle} className="breath__stage" aria-hidden="true">
        <span className="breath__halo" />
        <span className="breath__circle" />
        <span className="breath__count">{count}</span>
      </span>
      {phase}
    </div>
  );
}

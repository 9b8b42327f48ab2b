import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of a chart's container in CSS pixels, kept up to date, so charts draw at their
 * real size (text stays readable on a phone instead of shrinking with a viewBox).
 * @param fallback width used before measuring and where layout is unavailable; default 640
 * @returns the ref to put on the container, and its width
 */
export function useChartWidth<T extends HTMLElement>(fallback = 640): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Round numbers for a value axis: 0 and steps of 1, 2 or 5 times a power of ten.
 * @param max the largest value shown
 * @param count about how many steps; default 4
 * @returns the tick values, from 0 to at least max (0 and 1 when max is 0)
 */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const wholeStep = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let value = 0; value < max + wholeStep; value += wholeStep) ticks.push(value);
  return ticks;
}

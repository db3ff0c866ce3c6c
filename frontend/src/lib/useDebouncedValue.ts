import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `delay` milliseconds (e.g. a search box's text). */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

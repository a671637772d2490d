import { useEffect, useState } from "react";

/**
 * False on a component's first render, true from the next one on: a costly part of a view (a long list) is drawn
 * one pass after the rest, so that the view's frame and its inputs show without waiting for it. The second pass is
 * asked for by an effect, which runs once the first has been committed.
 */
export function useAfterFirstView(): boolean {
  const [shown, setShown] = useState(false);
  // The cascading render this rule warns of is the point: a second pass, once the first has been committed.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setShown(true), []);
  return shown;
}

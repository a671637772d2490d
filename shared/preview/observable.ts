/** Minimal change notification so that a simulated host can be drawn beside the task pane. */
export class Observable<Snapshot> {
  private readonly listeners = new Set<() => void>();

  constructor(private current: Snapshot) {}

  snapshot = (): Snapshot => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected publish(next: Snapshot): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

/**
 * A push-to-pull queue exposed as an async iterator whose return() takes effect at once, even
 * while a consumer is waiting (an async generator would wait for its pending await first, and
 * leak the subscription).
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private readonly waiting: Array<(result: IteratorResult<T>) => void> = [];
  private closed = false;
  private finished = false;

  constructor(
    private readonly onClose: () => void,
    private readonly maxBuffered = 10_000,
  ) {}

  push(value: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter({ value, done: false });
    else if (this.buffered.length < this.maxBuffered) this.buffered.push(value);
    else void this.return(); // a consumer this far behind is gone; it resumes with `after`
  }

  /** No more values: the consumer gets what is buffered, then the end. */
  finish(): void {
    this.finished = true;
    if (this.buffered.length === 0) void this.return();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) {
      const value = this.buffered.shift()!;
      if (this.finished && this.buffered.length === 0) queueMicrotask(() => void this.return());
      return Promise.resolve({ value, done: false });
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.buffered.length = 0;
      for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
      this.onClose();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

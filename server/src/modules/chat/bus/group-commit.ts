import { afterArrivedRequestsStart } from '../../common/request-arrivals';

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items added in the same event-loop turn, or while a flush is in flight, go out
 * together. A flush starts at the end of the turn (setImmediate), not at once: with a synchronous
 * driver (better-sqlite3) a flush never yields to I/O, so starting it at once made every batch
 * one item long. On SQLite the server starts HTTP requests over several turns
 * (http/turn-admission), so the flush also waits for the requests that had arrived when its first
 * item came to start: a burst of sends started one per turn would otherwise go out one by one.
 * Under load batches grow and one transaction carries many messages; a lone item waits less than
 * a turn. Each add() settles when the flush that carried its item does.
 *
 * A batch that fails is retried one item at a time, so one bad item (a row the database refuses)
 * fails alone instead of taking its batch-mates down with it.
 */
export class GroupCommit<T> {
  private pending: Array<Pending<T>> = [];
  private flushing = false;
  private scheduled = false;

  constructor(
    private readonly flush: (items: T[]) => Promise<void>,
    private readonly maxBatch = 500,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.flushing || this.scheduled) return;
      this.scheduled = true;
      afterArrivedRequestsStart(() => {
        this.scheduled = false;
        void this.drain();
      });
    });
  }

  private async drain(): Promise<void> {
    this.flushing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        await this.flush(batch.map((p) => p.item));
        for (const p of batch) p.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0].reject(error);
        else for (const p of batch) await this.flush([p.item]).then(p.resolve, p.reject);
      }
    }
    this.flushing = false;
  }
}

import type { Orm } from '../../../db/orm';
import type { ChatEvent } from '../chat-event';
import type { PresenceSnapshot } from '../presence';
import { writeMessages } from '../message-writer';
import type { ChatBus, SessionRevocation } from './chat-bus';
import { GroupCommit } from './group-commit';
import { FanoutBus } from './local-fanout';

/** The embedded default: one process, messages persisted inline before anyone sees them. */
export class InProcessBus extends FanoutBus implements ChatBus {
  readonly kind = 'in-process' as const;
  /** Concurrent sends share one transaction; subscribers see them in commit order. */
  private readonly writes = new GroupCommit<ChatEvent>(async (events) => {
    await writeMessages(this.orm.em.fork(), events);
    for (const event of events) this.fanout.deliver(event);
  });

  constructor(private readonly orm: Orm) {
    super();
  }

  async start(): Promise<void> {}

  publish(event: ChatEvent): Promise<void> {
    return this.writes.add(event);
  }

  async publishPresence(snapshot: PresenceSnapshot): Promise<void> {
    this.receivePresence(snapshot);
  }

  async publishRevocation(revocation: SessionRevocation): Promise<void> {
    this.receiveRevocation(revocation);
  }

  problem(): string | null {
    return null;
  }

  /** Messages are delivered as they are written: never behind. */
  onLag(): void {}

  async stop(): Promise<void> {}
}

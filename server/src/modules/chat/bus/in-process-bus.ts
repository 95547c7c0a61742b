import type { Orm } from '../../../db/orm';
import type { ChatEvent } from '../chat-event';
import { writeMessages } from '../message-writer';
import type { ChatBus } from './chat-bus';
import { LocalFanout, type ChatListener } from './local-fanout';

/** The embedded default: one process, messages persisted inline before anyone sees them. */
export class InProcessBus implements ChatBus {
  readonly kind = 'in-process' as const;
  private readonly fanout = new LocalFanout();

  constructor(private readonly orm: Orm) {}

  async start(): Promise<void> {}

  async publish(event: ChatEvent): Promise<void> {
    await writeMessages(this.orm.em.fork(), [event]);
    this.fanout.deliver(event);
  }

  subscribe(roomSlug: string, listener: ChatListener): () => void {
    return this.fanout.subscribe(roomSlug, listener);
  }

  recentAfter(roomSlug: string, afterId: string): ChatEvent[] {
    return this.fanout.recentAfter(roomSlug, afterId);
  }

  subscriberCount(roomSlug: string): number {
    return this.fanout.subscriberCount(roomSlug);
  }

  async stop(): Promise<void> {}
}

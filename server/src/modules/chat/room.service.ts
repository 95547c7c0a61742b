import type { RateLimits } from '../../config';
import type { Em } from '../../db/orm';
import type { Viewer } from '../accounts/viewer';
import { badInput } from '../common/errors';
import { pageSize } from '../common/pagination';
import { takePoint, type CreateRateLimiter, type RateLimiter } from '../common/rate-limit';
import { Room } from './room.entity';
import { slugify } from './room-slug';

const ROOM_CACHE_SIZE = 10_000;
export const ROOMS_PAGE_DEFAULT = 50;

/** Chat rooms: listing, lookup (cached: rooms never change once created) and creation. */
export class RoomService {
  private readonly cache = new Map<string, Room>();
  private readonly creations: RateLimiter;

  constructor(limits: RateLimits, createLimiter: CreateRateLimiter) {
    this.creations = createLimiter('room-create', limits.roomsPerUserPerHour, 3600);
  }

  /** Rooms never change once created (nor go away), so sends, deliveries and subscriptions read each once. */
  async cached(em: Em, slug: string): Promise<Room | null> {
    const cached = this.cache.get(slug);
    if (cached) return cached;
    const room = await this.bySlug(em, slug);
    if (room && this.cache.size < ROOM_CACHE_SIZE) this.cache.set(slug, room);
    return room;
  }

  /** Alphabetically by slug, `first` at a time, after the slug `after`. */
  list(em: Em, page: { first?: number | null; after?: string | null } = {}): Promise<Room[]> {
    const first = pageSize(page.first, 100, ROOMS_PAGE_DEFAULT);
    return em.find(Room, page.after ? { slug: { $gt: page.after } } : {}, { orderBy: { slug: 'asc' }, limit: first });
  }

  bySlug(em: Em, slug: string): Promise<Room | null> {
    return em.findOne(Room, { slug });
  }

  /** Creating a room whose name maps to an existing slug returns that room; new rooms are rate-limited per user. */
  async create(em: Em, viewer: Viewer, rawName: string): Promise<Room> {
    const name = rawName.replace(/\s+/g, ' ').trim();
    if (!name || name.length > 100) throw badInput('name', 'A room name must be 1-100 characters');
    const slug = slugify(name);
    if (!slug) throw badInput('name', 'A room name needs at least one letter or digit');
    const existing = await this.bySlug(em, slug);
    if (existing) return existing;
    await takePoint(this.creations, String(viewer.id), 'Too many new rooms');
    const room = em.create(Room, { name, slug, createdBy: viewer.id });
    try {
      await em.persistAndFlush(room);
      return room;
    } catch (error) {
      if ((error as Error).name !== 'UniqueConstraintViolationException') throw error;
      return (await this.bySlug(em.fork(), slug))!;
    }
  }
}

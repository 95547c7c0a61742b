/** Listeners by room: add one and get its removal; a room with none left is forgotten. */
export class RoomListeners<L> {
  private readonly rooms = new Map<string, Set<L>>();

  add(roomSlug: string, listener: L): () => void {
    let set = this.rooms.get(roomSlug);
    if (!set) this.rooms.set(roomSlug, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.rooms.delete(roomSlug);
    };
  }

  /** The room's live set (check membership at delivery time; copy it to snapshot). */
  of(roomSlug: string): ReadonlySet<L> | undefined {
    return this.rooms.get(roomSlug);
  }
}

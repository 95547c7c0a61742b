/** Per type, the fields whose value for a given event is the same whoever subscribed. */
type ViewerIndependentFields = Readonly<Record<string, readonly string[]>>;

/**
 * What a chat event renders to without regard to who is watching: subscriptions selecting only
 * these run once per message for everyone in the room. Room.createdBy is left out (it leads to
 * User, whose email only its owner sees), and so is Room.messages (history is read per request).
 */
export const CHAT_VIEWER_INDEPENDENT_FIELDS: ViewerIndependentFields = {
  Subscription: ['messageAdded'],
  ChatMessage: ['id', 'eventId', 'content', 'createdAt', 'author', 'room'],
  ChatAuthor: ['id', 'username'],
  Room: ['id', 'name', 'slug', 'createdAt'],
};

import type { KitsuLoggedEvent } from "./event-log.js";
import type { KitsuEvent } from "./kitsu-event.js";

/**
 * True when the event was caused by the given person, e.g. the sync's own bot: compare with the bot's
 * id (`(await kitsu.whoAmI()).user.id`) to skip the echoes of the sync's own writes.
 *
 * The author is the identity whose token made the request, stored as the event's `user_id`
 * (`zou/app/utils/events.py save_event`, from `current_user`). Payload fields such as `person_id`
 * are not the author: a bot commenting on behalf of an artist (`person_id` in the comment) gets
 * `comment:new` and `task:status-changed` events whose `person_id` is the artist and whose author is
 * the bot. Events written without a request (Zou's command line, its job queue) have no author and
 * are never anybody's own. Zou's live Socket.IO payloads carry no author at all: only the log does,
 * which is what `KitsuEventStream` delivers.
 */
export function isOwnEvent(
  event: Pick<KitsuEvent, "userId"> | Pick<KitsuLoggedEvent, "user_id">,
  personId: string,
): boolean {
  const author = "userId" in event ? event.userId : event.user_id;
  return author !== null && author !== undefined && author.toLowerCase() === personId.toLowerCase();
}

import type { KitsuLoggedEvent } from "../../src/events/event-log.js";

/** One event of a simulated Zou log: Zou stores microseconds and serves whole seconds. */
export interface SimulatedEvent {
  id: string;
  /** Microseconds since the epoch; two requests writing at once can log events in the same one. */
  micros: number;
  /** When it becomes visible (ms): a late commit appears after newer events. */
  visibleAt: number;
  projectId: string | null;
}

export interface SimulatedQuery {
  after?: string | null;
  cursorEventId?: string | null;
  limit: number;
  projectId?: string | null;
}

/** A deterministic pseudo-random generator, so a failing seed can be replayed. */
export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const toZouSecond = (micros: number) => new Date(Math.floor(micros / 1000)).toISOString().slice(0, 19);
const zouToMicros = (zouTime: string) => Date.parse(`${zouTime}Z`) * 1000;

/** A hash of a string, to order events of one microsecond differently from one answer to the next. */
function hash(text: string) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
let answers = 0;

/**
 * What `GET /data/events/last` answers at time `now`, following `zou/app/services/events_service.py`
 * `get_last_events`: `created_at > after` (whole seconds), `created_at < cursor.created_at`
 * (microseconds; an unknown cursor is a 400), `project_id ==`, newest first, `min(limit, 1000)`.
 * Events of one microsecond come in an order that changes from one answer to the next.
 */
export function answerEventLog(
  log: readonly SimulatedEvent[],
  query: SimulatedQuery,
  now: number,
  tieBreak?: (a: SimulatedEvent, b: SimulatedEvent) => number,
): { status: 200; body: KitsuLoggedEvent[] } | { status: 400; body: { message: string } } {
  const visible = log.filter((event) => event.visibleAt <= now);
  let matching = visible;
  if (query.after) {
    const after = zouToMicros(query.after);
    matching = matching.filter((event) => event.micros > after);
  }
  if (query.projectId) matching = matching.filter((event) => event.projectId === query.projectId);
  if (query.cursorEventId) {
    const cursor = visible.find((event) => event.id === query.cursorEventId);
    if (!cursor) return { status: 400, body: { message: `No event found with id: ${query.cursorEventId}` } };
    matching = matching.filter((event) => event.micros < cursor.micros);
  }
  const answer = answers++;
  const body = [...matching]
    .sort((a, b) => b.micros - a.micros || (tieBreak?.(a, b) ?? hash(`${a.id}${answer}`) - hash(`${b.id}${answer}`)))
    .slice(0, Math.min(query.limit, 1000))
    .map((event) => ({
      id: event.id,
      created_at: toZouSecond(event.micros),
      name: "shot:update",
      user_id: null,
      project_id: event.projectId,
      data: { shot_id: event.id },
    }));
  return { status: 200, body };
}

/**
 * Events from `start`: bursts where hundreds share a second, quiet stretches, some logged in the
 * same microsecond as the one before (up to three), and some committed up to `maxLateMs` late.
 */
export function makeSimulatedLog(
  rand: () => number,
  options: { count: number; start: number; projects: readonly (string | null)[]; maxLateMs: number },
): SimulatedEvent[] {
  const events: SimulatedEvent[] = [];
  let micros = options.start * 1000;
  let tied = 0;
  for (let i = 0; i < options.count; i++) {
    const burst = rand() < 0.7;
    tied = i > 0 && tied < 2 && rand() < 0.05 ? tied + 1 : 0;
    if (!tied) micros += burst ? 1 + Math.floor(rand() * 2000) : 1 + Math.floor(rand() * 3_000_000);
    const late = rand() < 0.05 ? Math.floor(rand() * options.maxLateMs) : 0;
    events.push({
      id: `e${String(i).padStart(5, "0")}`,
      micros,
      visibleAt: Math.floor(micros / 1000) + late,
      projectId: options.projects[Math.floor(rand() * options.projects.length)] ?? null,
    });
  }
  return events;
}

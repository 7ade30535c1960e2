import { createHash } from "node:crypto";
import { sqlLike } from "../graphql/filter/like.js";
import { EmulatorHttpError } from "../http/errors.js";
import type { EventRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

/** Arguments of `enroll_job` (ayon_server/events/enroll.py), already validated. */
export interface EnrollJobOptions {
  /** One LIKE pattern (`*` already turned into `%`), or a list of exact topics. */
  sourceTopic: string | string[];
  targetTopic: string;
  sender: string | null;
  senderType: string | null;
  userName: string;
  description: string | null;
  sequential: boolean;
  /** The request's QueryFilter on source events, compiled. */
  filter: ((event: EventRecord) => boolean) | undefined;
  maxRetries: number;
  /** Days; null: no limit. */
  ignoreOlderThan: number | null;
  ignoreSenderTypes: string[] | null;
}

/** `EnrollResponseModel`. */
export interface EnrollJob {
  id: string;
  dependsOn: string;
  hash: string;
  status: string;
}

const DAY_MS = 86_400_000;
/** The query reads at most this many candidate rows (`LIMIT 1000` in enroll.py). */
const POOL_SIZE = 1000;

/**
 * Finds the oldest finished source event without a processed target and returns its job, creating
 * the target event when needed. Mirrors the SQL and the loop of enroll_job in
 * ayon_server/events/enroll.py step by step; null means "nothing to do" (204).
 */
export function enrollJob(state: EmulatorState, options: EnrollJobOptions): EnrollJob | null {
  const sender = options.sender ?? "ayon_server";
  const description = options.description ?? `Convert from ${topicText(options.sourceTopic)} to ${options.targetTopic}`;
  for (const { source, target } of candidateRows(state, options)) {
    if (!target) {
      const job = createTarget(state, options, source, sender, description);
      if (job) return job;
      if (options.sequential) return null;
      continue;
    }
    if (target.status === "failed" || target.status === "restarted")
      return restart(state, options, source, target, sender);
    if (target.sender !== sender) {
      // Another worker owns this job: skip it, or block the queue when order matters.
      if (options.sequential) return null;
      continue;
    }
    // Our own unfinished job (for instance after a restart of the worker): hand it back.
    return { id: target.id, dependsOn: source.id, status: target.status, hash: target.hash };
  }
  return null;
}

interface CandidateRow {
  source: EventRecord;
  target: EventRecord | undefined;
}

/** The query: unprocessed finished sources LEFT JOIN their targets, oldest first, 1000 rows. */
function candidateRows(state: EmulatorState, options: EnrollJobOptions): CandidateRow[] {
  const cutoff = options.ignoreOlderThan === null ? null : Date.parse(state.now()) - options.ignoreOlderThan * DAY_MS;
  const recent = (event: EventRecord) => cutoff === null || Date.parse(event.updatedAt) > cutoff;
  const targets = new Map<string, EventRecord[]>();
  const processed = new Set<string>();
  for (const event of state.events.log) {
    if (event.dependsOn === null || event.topic !== options.targetTopic) continue;
    targets.set(event.dependsOn, [...(targets.get(event.dependsOn) ?? []), event]);
    const done = event.status === "finished" || (event.status === "failed" && event.retries > options.maxRetries);
    if (done && recent(event)) processed.add(event.dependsOn);
  }
  const matchesTopic = topicMatcher(options.sourceTopic);
  const ignored = options.ignoreSenderTypes;
  const sources = state.events.log.filter(
    (event) =>
      matchesTopic(event.topic) &&
      event.status === "finished" &&
      recent(event) &&
      // `sender_type NOT IN (...)` is not true for a NULL sender type either.
      (ignored === null || (event.senderType !== null && !ignored.includes(event.senderType))) &&
      !processed.has(event.id),
  );
  const ordered = sources
    .map((source, index) => ({ source, index, time: Date.parse(source.createdAt) }))
    .sort((a, b) => a.time - b.time || a.index - b.index);
  const rows: CandidateRow[] = [];
  for (const { source } of ordered) {
    if (options.filter && !options.filter(source)) continue;
    for (const target of targets.get(source.id) ?? [undefined]) rows.push({ source, target });
    if (rows.length >= POOL_SIZE) break;
  }
  return rows.slice(0, POOL_SIZE);
}

/** A string pattern goes through `LIKE`; a list through `= ANY(...)`, so `*` in a list matches nothing. */
function topicMatcher(sourceTopic: string | string[]): (topic: string) => boolean {
  if (typeof sourceTopic === "string") return (topic) => sqlLike(topic, sourceTopic, false);
  return (topic) => sourceTopic.includes(topic);
}

function createTarget(
  state: EmulatorState,
  options: EnrollJobOptions,
  source: EventRecord,
  sender: string,
  description: string,
): EnrollJob | null {
  const hash = createHash("sha256")
    .update(JSON.stringify([options.targetTopic, source.id]))
    .digest("hex");
  try {
    const event = state.events.dispatch({
      topic: options.targetTopic,
      sender,
      senderType: options.senderType,
      hash,
      dependsOn: source.id,
      user: options.userName,
      description,
      status: "pending",
    });
    return { id: event.id, dependsOn: source.id, hash, status: "pending" };
  } catch (error) {
    // Another worker created this target first.
    if (error instanceof EmulatorHttpError && error.status === 409) return null;
    throw error;
  }
}

/** A failed (retries + 1) or restarted target goes back to pending for this worker. */
function restart(
  state: EmulatorState,
  options: EnrollJobOptions,
  source: EventRecord,
  target: EventRecord,
  sender: string,
): EnrollJob {
  Object.assign(target, {
    status: "pending",
    sender,
    senderType: options.senderType,
    user: options.userName,
    retries: target.status === "failed" ? target.retries + 1 : target.retries,
    description: "Restarting failed event",
    updatedAt: state.now(),
  });
  state.events.publish(target);
  return { id: target.id, hash: target.hash, dependsOn: source.id, status: "pending" };
}

/** How Python prints the source topic(s) into the default description. */
const topicText = (topic: string | string[]) =>
  typeof topic === "string" ? topic : `[${topic.map((item) => `'${item}'`).join(", ")}]`;

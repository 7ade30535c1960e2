import { createHash } from "node:crypto";

/** The AYON topic a leecher stores each Kitsu event under. */
export const KITSU_EVENT_TOPIC = "kitsu.event";
/** The AYON topic of a processor's job for one stored Kitsu event. */
export const KITSU_PROC_TOPIC = "kitsu.proc";

/** The hash of a Kitsu event in AYON: the same for every leecher, so each event is stored once. */
export const kitsuEventHash = (site: string, eventId: string) =>
  createHash("sha256").update(`${site}#${eventId}`).digest("hex");

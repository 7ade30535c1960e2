import { createAyonClient } from "@kitsu-ayon/ayon-sdk";
import type { ContractTarget } from "./target.js";

/** A client of the contract target with a fixed sender; no retries, so failures show at once. */
export const clientFor = (target: ContractTarget, sender = "contract", senderType = "kitsu") =>
  createAyonClient({ serverUrl: target.serverUrl, apiKey: target.apiKey, sender, senderType, retry: false });

/** A small anatomy, snake_case as AYON's deploy takes it. */
export const SMALL_ANATOMY = {
  folder_types: [{ name: "Folder" }, { name: "Sequence" }, { name: "Shot" }],
  task_types: [
    { name: "Animation", shortName: "anim" },
    { name: "Compositing", shortName: "comp" },
  ],
  statuses: [
    { name: "Not ready", shortName: "NRD", state: "not_started" },
    { name: "In progress", shortName: "PRG", state: "in_progress" },
    { name: "Approved", shortName: "APP", state: "done" },
  ],
};

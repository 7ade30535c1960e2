// Public API of @kitsu-ayon/runner-node.

export { type CliIo, EXIT, runCli } from "./cli/run-cli.js";
export {
  CONFIG_FILE_NAMES,
  ConfigError,
  type ConfigFlags,
  type KitsuAuthConfig,
  type KitsuAyonConfig,
  type LoadConfigOptions,
  loadConfig,
} from "./config/config.js";
export {
  KITSU_EVENT_TOPIC,
  KITSU_PROC_TOPIC,
  kitsuEventHash,
  type Leecher,
  type LeecherDeadLetter,
  type LeecherOptions,
  type LeecherStatus,
  type Processor,
  type ProcessorOptions,
  recoverLeecherCursor,
  startLeecher,
  startProcessor,
} from "./scale-out/roles.js";
export { createClients, SENDER_TYPE } from "./service/clients.js";
export { createFileCheckpointStore } from "./service/file-checkpoints.js";
export { createJsonLogger, type JsonLoggerOptions, type LogLevel } from "./service/json-logger.js";
export { prometheusText } from "./service/prometheus.js";
export {
  type KitsuAyonService,
  type KitsuAyonServiceOptions,
  OpsServerError,
  type ServiceHealth,
  startKitsuAyonService,
} from "./service/start-service.js";
export { lockStateDir, StateDirLockedError } from "./service/state-dir-lock.js";

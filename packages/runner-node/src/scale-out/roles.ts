// The scale-out roles on AYON's event system, in one place for the service and the package's index.
export {
  type Leecher,
  type LeecherDeadLetter,
  type LeecherOptions,
  type LeecherStatus,
  leecherFailureKind,
  recoverLeecherCursor,
  startLeecher,
} from "./leecher.js";
export {
  createProcessorEngine,
  type Processor,
  type ProcessorOptions,
  startProcessor,
} from "./processor.js";
export { processorSelectionProblem } from "./processor-selection.js";
export { KITSU_EVENT_TOPIC, KITSU_PROC_TOPIC, kitsuEventHash } from "./topics.js";

/**
 * How many requests and how long it takes to create a big AYON project through chunked batch
 * operations, and to read it back through paginated GraphQL: 10,000 folders (100 sequences of 99
 * shots) and 40,000 tasks (4 per folder), against the AYON emulator. Prints the numbers; asserts nothing.
 *   npm run bench:ayon-batch [-- --sequences 100 --shots 99 --tasks 4 --chunk 1000 --page 500]
 */
import { parseArgs } from "node:util";
import { startAyonEmulator } from "../packages/ayon-emulator/src/index.js";
import {
  type AyonOperation,
  assertOperationsSucceeded,
  createAyonClient,
  newEntityId,
} from "../packages/ayon-sdk/src/index.js";

const { values } = parseArgs({
  options: {
    sequences: { type: "string", default: "100" },
    shots: { type: "string", default: "99" },
    tasks: { type: "string", default: "4" },
    chunk: { type: "string", default: "1000" },
    page: { type: "string", default: "500" },
  },
});
const [nbSequences, nbShots, nbTasks, chunkSize, pageSize] = [
  values.sequences,
  values.shots,
  values.tasks,
  values.chunk,
  values.page,
].map(Number) as [number, number, number, number, number];
const TASK_TYPES = ["Animation", "Lighting", "Compositing", "Layout", "FX", "Modeling"].slice(0, nbTasks);

const emulator = await startAyonEmulator();
try {
  let requests = 0;
  const client = createAyonClient({
    serverUrl: emulator.url,
    apiKey: emulator.apiKey,
    sender: "bench",
    senderType: "kitsu",
    fetch: (request) => {
      requests++;
      return fetch(request);
    },
  });
  const project = "bench_batch";
  await client.projects.deploy({ name: project, code: "bench" });

  const operations: AyonOperation[] = [];
  const folder = (name: string, folderType: string, parentId: string | null, kitsuId: string) => {
    const id = newEntityId();
    operations.push({
      type: "create",
      entityType: "folder",
      entityId: id,
      data: { name, folderType, parentId, data: { kitsuId } },
    });
    for (const taskType of TASK_TYPES) {
      operations.push({
        type: "create",
        entityType: "task",
        data: { name: taskType.toLowerCase(), taskType, folderId: id, data: { kitsuId: `${kitsuId}-${taskType}` } },
      });
    }
    return id;
  };
  for (let s = 0; s < nbSequences; s++) {
    const sequence = folder(`sq${String(s).padStart(3, "0")}`, "Sequence", null, `seq-${s}`);
    for (let n = 0; n < nbShots; n++)
      folder(`sh${String(n * 10).padStart(4, "0")}`, "Shot", sequence, `shot-${s}-${n}`);
  }
  const nbFolders = nbSequences * (nbShots + 1);
  const memoryBefore = process.memoryUsage().heapUsed;

  requests = 0;
  let started = performance.now();
  const result = assertOperationsSucceeded(
    await client.operations.run(project, operations, { chunkSize, background: false }),
  );
  const writeMs = performance.now() - started;
  const writeRequests = requests;

  requests = 0;
  started = performance.now();
  const folders = await client.entities.folders(project, { withKitsuId: true, pageSize });
  const tasks = await client.entities.tasks(project, { withKitsuId: true, pageSize });
  const readMs = performance.now() - started;
  const readRequests = requests;
  if (folders.length !== nbFolders || tasks.length !== nbFolders * nbTasks) {
    throw new Error(
      `read back ${folders.length} folders and ${tasks.length} tasks, expected ${nbFolders} and ${nbFolders * nbTasks}`,
    );
  }

  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  console.log(
    `AYON emulator, ${nbFolders.toLocaleString("en")} folders and ${(nbFolders * nbTasks).toLocaleString("en")} tasks`,
  );
  console.log(
    `  write: ${result.operations.length.toLocaleString("en")} operations in ${writeRequests} requests (chunks of ${chunkSize}), ${(writeMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  read:  ${(folders.length + tasks.length).toLocaleString("en")} entities in ${readRequests} GraphQL requests (pages of ${pageSize}), ${(readMs / 1000).toFixed(1)} s`,
  );
  console.log(`  heap:  ${mib(process.memoryUsage().heapUsed)} (before writing: ${mib(memoryBefore)})`);
} finally {
  await emulator.stop();
}

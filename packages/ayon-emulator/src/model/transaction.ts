import type { FolderRecord, ProductRecord, ProjectRecord, TaskRecord, VersionRecord } from "../state/records.js";
import {
  indexFolder,
  indexProduct,
  indexTask,
  indexVersion,
  type ProjectIndex,
  projectIndex,
  unindexFolder,
  unindexProduct,
  unindexTask,
  unindexVersion,
} from "./project-index.js";

export interface RecordOf {
  folder: FolderRecord;
  task: TaskRecord;
  product: ProductRecord;
  version: VersionRecord;
}
export type Kind = keyof RecordOf;

interface KindAccess<K extends Kind> {
  map(project: ProjectRecord): Map<string, RecordOf[K]>;
  add(index: ProjectIndex, record: RecordOf[K]): void;
  drop(index: ProjectIndex, record: RecordOf[K]): void;
}

const ACCESS: { [K in Kind]: KindAccess<K> } = {
  folder: { map: (project) => project.folders, add: indexFolder, drop: unindexFolder },
  task: { map: (project) => project.tasks, add: indexTask, drop: unindexTask },
  product: { map: (project) => project.products, add: indexProduct, drop: unindexProduct },
  version: { map: (project) => project.versions, add: indexVersion, drop: unindexVersion },
};

/**
 * A database transaction over one project: every write goes through `put`/`remove`, which keep the
 * project index current and log the inverse write, so a rollback costs only what was written.
 * Records are replaced, never mutated, so the logged previous record stays intact.
 */
export class Transaction {
  private readonly undo: (() => void)[] = [];

  constructor(readonly project: ProjectRecord) {}

  get index(): ProjectIndex {
    return projectIndex(this.project);
  }

  get<K extends Kind>(kind: K, id: string): RecordOf[K] | undefined {
    return ACCESS[kind].map(this.project).get(id);
  }

  /** Inserts or replaces a record. */
  put<K extends Kind>(kind: K, record: RecordOf[K]): void {
    const previous = this.get(kind, record.id);
    this.swap(kind, previous, record);
    this.undo.push(() => this.swap(kind, record, previous));
  }

  remove<K extends Kind>(kind: K, id: string): void {
    const previous = this.get(kind, id);
    if (!previous) return;
    this.swap(kind, previous, undefined);
    this.undo.push(() => this.swap(kind, undefined, previous));
  }

  /** A savepoint: the number of writes so far. */
  mark(): number {
    return this.undo.length;
  }

  rollbackTo(mark: number): void {
    while (this.undo.length > mark) this.undo.pop()?.();
  }

  rollback(): void {
    this.rollbackTo(0);
  }

  private swap<K extends Kind>(kind: K, previous: RecordOf[K] | undefined, next: RecordOf[K] | undefined) {
    const access = ACCESS[kind];
    const index = projectIndex(this.project);
    const map = access.map(this.project);
    if (previous) access.drop(index, previous);
    if (next) {
      map.set(next.id, next);
      access.add(index, next);
    }
    if (previous && previous.id !== next?.id) map.delete(previous.id);
  }
}

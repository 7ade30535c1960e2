import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import { afterAll, beforeAll } from "vitest";
import { createPerson, loginAs } from "../support.js";
import { clientFor } from "./client.js";
import { type ContractTarget, startContractTarget } from "./target.js";

// The setup every contract file shares, so each file states only what its suite needs (a sender,
// a project and its anatomy) and keeps working against the emulator and a real AYON alike.

export interface ContractSuiteOptions {
  /** The client's X-Sender (see `clientFor`). */
  sender?: string;
  /** The client's X-Sender-Type (see `clientFor`). */
  senderType?: string;
  /** A project deployed before the tests, its name made from `prefix`. */
  project?: { prefix: string; anatomy: Record<string, unknown> };
}

/** A folder or task as its REST GET answers, as far as the suites read it. */
export type EntityBody = Record<string, unknown> & {
  id: string;
  attrib: Record<string, unknown>;
  ownAttrib: string[];
  data: Record<string, unknown>;
};

/** Path parameters naming a project, as the typed client takes them. */
export const at = (project: string) => ({ params: { path: { project_name: project } } });

/** A name no other test of the run uses, for entities whose names must be unique among siblings. */
export const unique = (prefix: string) => `${prefix}_${crypto.randomUUID().slice(0, 8)}`;

/**
 * Registers, in the calling file, a beforeAll that starts the contract target, creates one client
 * and deploys the `project` option's project, and an afterAll that closes the target. Returns
 * accessors to those and REST helpers on that project: they read what beforeAll set up, so call
 * them from tests, hooks and the helpers those call, never at module level.
 */
export function useContractTarget(options: ContractSuiteOptions = {}) {
  let started: { target: ContractTarget; ayon: AyonClient; project?: string } | undefined;
  const get = () => {
    if (!started) throw new Error("the contract target is not started yet: use it in tests and hooks only");
    return started;
  };
  const ayon = () => get().ayon;
  const project = () => {
    const { project } = get();
    if (project === undefined) throw new Error("this suite deployed no project: pass the `project` option");
    return project;
  };

  /** Deploys a project whose name is made from `prefix`; the target's `close()` deletes it. */
  async function deployProject(prefix: string, anatomy: Record<string, unknown>): Promise<string> {
    const name = get().target.projectName(prefix);
    await ayon().projects.deploy({ name, code: name, anatomy: anatomy as never });
    return name;
  }

  beforeAll(async () => {
    const target = await startContractTarget();
    started = { target, ayon: clientFor(target, options.sender, options.senderType) };
    if (options.project) started.project = await deployProject(options.project.prefix, options.project.anatomy);
  });
  afterAll(() => started?.target.close());

  // REST calls on the folders and tasks of the suite's project.
  const inProject = () => at(project());
  const folderAt = (id: string) => ({ params: { path: { project_name: project(), folder_id: id } } });
  const taskAt = (id: string) => ({ params: { path: { project_name: project(), task_id: id } } });
  const postFolder = (body: Record<string, unknown>) =>
    ayon().http.POST("/api/projects/{project_name}/folders", { ...inProject(), body: body as never });
  const postTask = (body: Record<string, unknown>) =>
    ayon().http.POST("/api/projects/{project_name}/tasks", { ...inProject(), body: body as never });

  /** A new person (not a service) with `accessGroups` in the suite's project, and a client logged in as them. */
  async function personWithAccess(prefix: string, accessGroups: string[]) {
    const name = get().target.userName(prefix);
    await createPerson(ayon(), name);
    await ayon().http.PATCH("/api/users/{user_name}/accessGroups", {
      params: { path: { user_name: name } },
      body: { accessGroups: [{ project: project(), accessGroups }] },
    });
    return { name, client: loginAs(get().target, name) };
  }

  return {
    target: () => get().target,
    ayon,
    project,
    deployProject,
    inProject,
    folderAt,
    taskAt,
    postFolder,
    postTask,
    personWithAccess,
    /** Creates a folder and returns its id. */
    createFolder: async (body: Record<string, unknown>) => ((await postFolder(body)).data as { id: string }).id,
    /** Creates a task and returns its id. */
    createTask: async (body: Record<string, unknown>) => ((await postTask(body)).data as { id: string }).id,
    patchFolder: (id: string, body: Record<string, unknown>) =>
      ayon().http.PATCH("/api/projects/{project_name}/folders/{folder_id}", { ...folderAt(id), body: body as never }),
    getFolder: async (id: string) =>
      (await ayon().http.GET("/api/projects/{project_name}/folders/{folder_id}", folderAt(id)))
        .data as unknown as EntityBody,
    getTask: async (id: string) =>
      (await ayon().http.GET("/api/projects/{project_name}/tasks/{task_id}", taskAt(id))).data as unknown as EntityBody,
  };
}

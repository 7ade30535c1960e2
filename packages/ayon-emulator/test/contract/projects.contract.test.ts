import {
  AyonConflictError,
  AyonForbiddenError,
  AyonNotFoundError,
  AyonServerError,
  AyonValidationError,
} from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import { createPerson, failure, loginAs, raw } from "../support.js";
import { at, useContractTarget } from "./setup.js";

const { target, ayon } = useContractTarget();

type Project = Record<string, unknown> & {
  name: string;
  statuses: { name: string }[];
  folderTypes: { name: string }[];
  taskTypes: { name: string }[];
  attrib: Record<string, unknown>;
  data: Record<string, unknown>;
};

const getProject = async (name: string) =>
  (await ayon().http.GET("/api/projects/{project_name}", at(name))).data as Project;
const deploy = (name: string, extra: Record<string, unknown> = {}) =>
  ayon().http.POST("/api/projects", { body: { name, code: name, ...extra } as never });

describe("projects", () => {
  it("deploys a project without anatomy (201) with AYON's built-in statuses, types, tags and attributes", async () => {
    const name = target().projectName("defaults");
    const { response } = await deploy(name);
    expect(response.status).toBe(201);
    const project = await getProject(name);
    expect(project.statuses.map((item) => item.name)).toEqual([
      "Not ready",
      "Ready to start",
      "In progress",
      "Pending review",
      "Approved",
      "On hold",
      "Omitted",
    ]);
    expect(project.statuses[0]).toMatchObject({
      shortName: "NRD",
      state: "not_started",
      scope: ["folder", "product", "task"],
    });
    expect(project.statuses[4]).toMatchObject({ shortName: "APP", state: "done" });
    expect(project.folderTypes.map((item) => item.name)).toEqual([
      "Folder",
      "Library",
      "Asset",
      "Episode",
      "Sequence",
      "Shot",
    ]);
    expect(project.taskTypes.map((item) => item.name)).toEqual([
      "Generic",
      "Art",
      "Modeling",
      "Texture",
      "Lookdev",
      "Rigging",
      "Edit",
      "Layout",
      "Setdress",
      "Animation",
      "FX",
      "Lighting",
      "Paint",
      "Compositing",
      "Roto",
      "Matchmove",
    ]);
    expect((project.tags as { name: string }[]).map((item) => item.name)).toEqual(["important", "for reel"]);
    expect(project.attrib).toMatchObject({ fps: 25, resolutionWidth: 1920, resolutionHeight: 1080, frameStart: 1001 });
    expect(project).toMatchObject({ name, code: name, library: false, active: true });
  });

  it("takes the deploy anatomy in snake_case and ignores camelCase keys", async () => {
    const name = target().projectName("anatomy");
    await deploy(name, {
      anatomy: {
        folder_types: [{ name: "Shot" }],
        task_types: [{ name: "Comp", shortName: "cmp" }],
        statuses: [{ name: "Todo" }, { name: "Done", state: "done" }],
        taskTypes: [{ name: "Ignored" }],
        attributes: { fps: 24 },
      },
    });
    const project = await getProject(name);
    expect(project.folderTypes).toEqual([{ name: "Shot", shortName: "", color: "#cccccc", icon: "folder" }]);
    expect(project.taskTypes.map((item) => item.name)).toEqual(["Comp"]);
    expect(project.statuses.map((item) => item.name)).toEqual(["Todo", "Done"]);
    expect(project.attrib.fps).toBe(24);
  });

  it("refuses a name or a code already used by another project, in any letter case (409)", async () => {
    const name = target().projectName("taken");
    await deploy(name);
    const sameName = await failure(deploy(name.toUpperCase(), { code: target().projectName("code") }));
    expect(sameName).toBeInstanceOf(AyonConflictError);
    expect(sameName.detail).toBe(`Project ${name} (${name}) already exists`);
    const sameCode = await failure(deploy(target().projectName("other"), { code: name.toLowerCase() }));
    expect(sameCode).toBeInstanceOf(AyonConflictError);
  });

  it("fails to deploy a name that is not a valid schema name, and creates nothing", async () => {
    // The deploy model does not check the name: ProjectEntity's model or CREATE SCHEMA fails, unhandled.
    for (const name of [`${target().projectName("bad")}-x`, `bad name ${crypto.randomUUID().slice(0, 6)}`]) {
      const error = await failure(deploy(name, { code: target().projectName("c") }));
      expect(error, name).toBeInstanceOf(AyonServerError);
      const list = await raw(target(), "GET", "/api/projects");
      expect((list.body as { projects: { name: string }[] }).projects.map((item) => item.name)).not.toContain(name);
    }
  });

  it("answers 404 for an unknown project and 400 for a project name outside [a-zA-Z0-9_]", async () => {
    expect(
      await failure(ayon().http.GET("/api/projects/{project_name}", at(target().projectName("missing")))),
    ).toBeInstanceOf(AyonNotFoundError);
    expect(await failure(ayon().http.GET("/api/projects/{project_name}", at("no-dash")))).toBeInstanceOf(
      AyonValidationError,
    );
  });

  it("finds a project by its name in any letter case and answers with the stored case", async () => {
    const name = target().projectName("case");
    await deploy(name);
    expect((await getProject(name.toLowerCase())).name).toBe(name);
  });

  it("lists projects with their summary fields and filters them by name, library and active flags", async () => {
    const name = target().projectName("listed");
    await deploy(name, { library: true, color: "#ff0000", label: `Listed ${name}` });
    const all = await ayon().http.GET("/api/projects", {});
    const item = all.data?.projects?.find((project) => project.name === name);
    expect(item).toMatchObject({
      name,
      code: name,
      library: true,
      active: true,
      color: "#ff0000",
      label: `Listed ${name}`,
    });
    const byName = await ayon().http.GET("/api/projects", { params: { query: { name: name.toLowerCase() } } });
    expect(byName.data?.projects?.map((project) => project.name)).toEqual([name]);
    expect(byName.data?.count).toBe(1);
    const notLibrary = await ayon().http.GET("/api/projects", { params: { query: { library: false } } });
    expect(notLibrary.data?.projects?.map((project) => project.name)).not.toContain(name);
  });

  it("patches label, data and attributes: data and attrib merged one level deep, null removing a key", async () => {
    const name = target().projectName("patch");
    await deploy(name);
    await ayon().http.PATCH("/api/projects/{project_name}", {
      ...at(name),
      body: { data: { kitsuId: "p-1", keep: 1 }, attrib: { fps: 24, startDate: "2024-01-01T00:00:00+00:00" } },
    });
    const { response } = await ayon().http.PATCH("/api/projects/{project_name}", {
      ...at(name),
      // The generated types do not admit null attributes, though null is how AYON removes one.
      body: {
        label: `Label ${name}`,
        data: { kitsuId: null, other: true },
        attrib: { fps: null, frameEnd: 1100 },
      } as never,
    });
    expect(response.status).toBe(204);
    const project = await getProject(name);
    expect(project.label).toBe(`Label ${name}`);
    expect(project.data).toEqual({ keep: 1, other: true });
    expect(project.attrib).not.toHaveProperty("fps");
    expect(project.attrib).toMatchObject({ frameEnd: 1100, resolutionWidth: 1920 });
    expect(String(project.attrib.startDate)).toMatch(/^2024-01-01T00:00:00/);
  });

  it("rejects an attribute of the wrong type on PATCH with 400 and changes nothing", async () => {
    const name = target().projectName("badattr");
    await deploy(name);
    const error = await failure(
      ayon().http.PATCH("/api/projects/{project_name}", {
        ...at(name),
        body: { attrib: { fps: "fast" }, label: "Changed" } as never,
      }),
    );
    expect(error).toBeInstanceOf(AyonValidationError);
    expect((await getProject(name)).label).toBeUndefined();
  });

  it("emits entity.project.created on deploy and entity.project.changed (plus what changed) on PATCH", async () => {
    const name = target().projectName("events");
    await deploy(name);
    await ayon().http.PATCH("/api/projects/{project_name}", {
      ...at(name),
      body: { attrib: { fps: 30 }, active: false },
    });
    const events = await ayon().events.list({ projects: [name], topics: ["entity.project.*"] });
    expect(events.map((event) => event.topic)).toEqual([
      "entity.project.created",
      "entity.project.attrib_changed",
      "entity.project.active_changed",
      "entity.project.changed",
    ]);
    expect(events[1]?.payload).toEqual({ oldValue: { fps: 25 }, newValue: { fps: 30 } });
    expect(events[2]?.payload).toEqual({ oldValue: true, newValue: false });
    expect(events[0]?.sender).toBe("contract");
    const stored = await ayon().events.get(events[0]?.id as string);
    expect(stored.senderType).toBe("kitsu");
  });

  it("deletes a project (204), after which it is not found", async () => {
    const name = target().projectName("delete");
    await deploy(name);
    const { response } = await ayon().http.DELETE("/api/projects/{project_name}", at(name));
    expect(response.status).toBe(204);
    expect(await failure(ayon().http.GET("/api/projects/{project_name}", at(name)))).toBeInstanceOf(AyonNotFoundError);
  });

  it("refuses deploy, PATCH and DELETE to a normal user (403), who only sees projects they have access to", async () => {
    const name = target().projectName("guarded");
    await deploy(name);
    const artist = target().userName("artist");
    await createPerson(ayon(), artist);
    const asArtist = loginAs(target(), artist);
    const created = await failure(
      asArtist.http.POST("/api/projects", { body: { name: target().projectName("no"), code: "no" } }),
    );
    expect(created).toBeInstanceOf(AyonForbiddenError);
    const read = await failure(asArtist.http.GET("/api/projects/{project_name}", at(name)));
    expect(read).toBeInstanceOf(AyonForbiddenError);
    await ayon().http.PATCH("/api/users/{user_name}/accessGroups", {
      params: { path: { user_name: artist } },
      body: { accessGroups: [{ project: name, accessGroups: ["artist"] }] },
    });
    expect((await asArtist.http.GET("/api/projects/{project_name}", at(name))).data?.name).toBe(name);
    const list = await asArtist.http.GET("/api/projects", {});
    expect(list.data?.projects?.map((project) => project.name)).toEqual([name]);
    const patched = await failure(
      asArtist.http.PATCH("/api/projects/{project_name}", { ...at(name), body: { label: "x" } }),
    );
    expect(patched).toBeInstanceOf(AyonForbiddenError);
    expect(await failure(asArtist.http.DELETE("/api/projects/{project_name}", at(name)))).toBeInstanceOf(
      AyonForbiddenError,
    );
  });
});

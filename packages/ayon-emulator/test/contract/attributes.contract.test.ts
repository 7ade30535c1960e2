import { AyonValidationError } from "@kitsu-ayon/ayon-sdk";
import { describe, expect, it } from "vitest";
import { failure, raw } from "../support.js";
import { unique, useContractTarget } from "./setup.js";

const { target, ayon, createFolder, createTask, postFolder, patchFolder, getFolder, getTask } = useContractTarget({
  project: {
    prefix: "attrib",
    anatomy: {
      folder_types: [{ name: "Sequence" }, { name: "Shot" }],
      task_types: [{ name: "Animation" }],
      statuses: [{ name: "Todo" }],
      attributes: { fps: 25, frameStart: 1001, frameEnd: 1100, description: "The show" },
    },
  },
});

/** A sequence with fps 24, a shot below it with frameStart 1, a task below the shot with frameEnd 50. */
async function hierarchy() {
  const sequence = await createFolder({ name: unique("sq"), folderType: "Sequence", attrib: { fps: 24 } });
  const shot = await createFolder({ name: "sh010", folderType: "Shot", parentId: sequence, attrib: { frameStart: 1 } });
  const task = await createTask({ name: "anim", taskType: "Animation", folderId: shot, attrib: { frameEnd: 50 } });
  return { sequence, shot, task };
}

describe("attributes", () => {
  it("resolves attributes through the hierarchy, the project's values being the root", async () => {
    const { sequence, shot, task } = await hierarchy();
    expect((await getFolder(sequence)).attrib).toMatchObject({ fps: 24, frameStart: 1001, frameEnd: 1100 });
    expect((await getFolder(shot)).attrib).toMatchObject({ fps: 24, frameStart: 1, frameEnd: 1100 });
    expect((await getTask(task)).attrib).toMatchObject({ fps: 24, frameStart: 1, frameEnd: 50, resolutionWidth: 1920 });
  });

  it("lists in ownAttrib only the keys an entity sets itself", async () => {
    const { shot, task } = await hierarchy();
    expect((await getFolder(shot)).ownAttrib).toEqual(["frameStart"]);
    expect((await getTask(task)).ownAttrib).toEqual(["frameEnd"]);
  });

  it("does not inherit the description, which is per entity", async () => {
    const { sequence, task } = await hierarchy();
    expect((await getFolder(sequence)).attrib).not.toHaveProperty("description");
    await patchFolder(sequence, { attrib: { description: "Sequence notes" } });
    expect((await getFolder(sequence)).attrib.description).toBe("Sequence notes");
    expect((await getTask(task)).attrib).not.toHaveProperty("description");
  });

  it("reverts an attribute set to null to the inherited value", async () => {
    const { sequence, shot } = await hierarchy();
    await patchFolder(shot, { attrib: { fps: 30 } });
    expect((await getFolder(shot)).attrib.fps).toBe(30);
    await patchFolder(shot, { attrib: { fps: null } });
    const after = await getFolder(shot);
    expect(after.attrib.fps).toBe(24);
    expect(after.ownAttrib).toEqual(["frameStart"]);
    await patchFolder(sequence, { attrib: { fps: null } });
    expect((await getFolder(shot)).attrib.fps).toBe(25);
  });

  it("follows a parent's change: children without their own value see the new one", async () => {
    const { sequence, task } = await hierarchy();
    await patchFolder(sequence, { attrib: { fps: 48 } });
    expect((await getTask(task)).attrib.fps).toBe(48);
  });

  it("merges attrib one level deep on PATCH: keys not sent are kept", async () => {
    const id = await createFolder({ name: unique("merge"), folderType: "Shot", attrib: { fps: 30, handleStart: 8 } });
    await patchFolder(id, { attrib: { handleEnd: 8 } });
    expect((await getFolder(id)).attrib).toMatchObject({ fps: 30, handleStart: 8, handleEnd: 8 });
  });

  it("merges data one level deep: a null value deletes the key, a nested object is replaced whole", async () => {
    const id = await createFolder({
      name: unique("data"),
      folderType: "Shot",
      data: { kitsuId: "k-1", keep: true, nested: { a: 1, b: 2 } },
    });
    await patchFolder(id, { data: { kitsuId: null, nested: { c: 3 }, added: 1 } });
    expect((await getFolder(id)).data).toEqual({ keep: true, nested: { c: 3 }, added: 1 });
  });

  it("drops unknown attributes silently", async () => {
    const id = await createFolder({
      name: unique("unknown"),
      folderType: "Shot",
      attrib: { notAnAttribute: 1, fps: 30 },
    });
    const folder = await getFolder(id);
    expect(folder.attrib).not.toHaveProperty("notAnAttribute");
    expect(folder.ownAttrib).toEqual(["fps"]);
  });

  it("validates types and upper bounds with 400 (resolution below 50000), but not the lower bound of 0", async () => {
    for (const attrib of [
      { fps: "fast" },
      { resolutionWidth: 50000 },
      { frameStart: "first" },
      { startDate: "2024-01-01" },
    ]) {
      const error = await failure(postFolder({ name: unique("bad"), folderType: "Shot", attrib }));
      expect(error, JSON.stringify(attrib)).toBeInstanceOf(AyonValidationError);
      expect((error as AyonValidationError).errors[0]?.loc).toEqual(["body", "attrib", Object.keys(attrib)[0]]);
    }
    // AYON's model generator copies a bound only when it is truthy, so `gt: 0` is lost and fps 0 or a
    // negative resolution is stored (ayon_server/entities/models/generator.py).
    const id = await createFolder({
      name: unique("zero"),
      folderType: "Shot",
      attrib: { fps: 0, resolutionWidth: -3 },
    });
    expect((await getFolder(id)).attrib).toMatchObject({ fps: 0, resolutionWidth: -3 });
  });

  it("coerces numeric strings and accepts enum attributes with any value (the enum is not enforced)", async () => {
    const id = await createFolder({
      name: unique("coerce"),
      folderType: "Shot",
      attrib: { fps: "23.976", frameStart: "1001", priority: "whenever" },
    });
    expect((await getFolder(id)).attrib).toMatchObject({ fps: 23.976, frameStart: 1001, priority: "whenever" });
  });

  it("stores date-time attributes", async () => {
    const id = await createFolder({
      name: unique("date"),
      folderType: "Shot",
      attrib: { startDate: "2024-03-01T09:00:00+00:00" },
    });
    expect(String((await getFolder(id)).attrib.startDate)).toMatch(/^2024-03-01T09:00:00/);
  });
});

interface AttributeModel {
  name: string;
  position: number;
  scope: string[];
  builtin: boolean;
  data: Record<string, unknown>;
}

const attributeList = async () =>
  (await raw(target(), "GET", "/api/attributes")).body as { attributes: AttributeModel[] };

/** `response_model_exclude_none`, all the way down. */
const withoutNull = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutNull);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => [key, withoutNull(item)]),
  );
};

describe("GET /api/attributes", () => {
  it("lists every attribute with every AttributeData field, null when unset, as ayon-python-api reads them", async () => {
    const { attributes } = await attributeList();
    expect(attributes.map((attribute) => attribute.name)).toEqual(
      expect.arrayContaining(["priority", "fps", "fullName", "developerMode", "intent", "path", "entityListCategory"]),
    );
    const fullName = attributes.find((attribute) => attribute.name === "fullName");
    expect(fullName).toEqual({
      name: "fullName",
      position: fullName?.position,
      scope: ["user"],
      data: {
        type: "string",
        title: "Full name",
        description: null,
        example: "Jane Doe",
        default: null,
        gt: null,
        ge: null,
        lt: null,
        le: null,
        minLength: null,
        maxLength: null,
        minItems: null,
        maxItems: null,
        regex: null,
        enum: null,
        enumResolver: null,
        enumResolverSettings: null,
        inherit: true,
        widget: null,
        widgetSettings: null,
      },
      builtin: true,
    });
    // AttributeData's validator turns the deployed empty enum into null.
    expect(attributes.find((attribute) => attribute.name === "entityListCategory")?.data.enum).toBeNull();
    const priorities = (attributes.find((attribute) => attribute.name === "priority")?.data.enum ?? []) as {
      value: string;
    }[];
    expect(priorities.map((item) => item.value)).toEqual(["urgent", "high", "normal", "low"]);
    expect(priorities[2]).toEqual({
      value: "normal",
      label: "Normal",
      description: null,
      fulltext: ["normal"],
      group: null,
      icon: "check_indeterminate_small",
      color: "#9AC0E7",
      shortName: null,
      disabled: false,
      disabledMessage: null,
    });
  });

  it("lists what /api/info lists, in the same positions, /api/info leaving out the null fields", async () => {
    const { attributes } = await attributeList();
    const { data } = await ayon().http.GET("/api/info");
    expect((data as { attributes: unknown[] }).attributes).toEqual(attributes.map(withoutNull));
  });

  it("answers one attribute by name; 404 for an unknown one, 400 for a name outside the attribute regex", async () => {
    const { attributes } = await attributeList();
    const fps = await raw(target(), "GET", "/api/attributes/fps");
    expect(fps.body).toEqual(attributes.find((attribute) => attribute.name === "fps"));
    const unknown = await raw(target(), "GET", "/api/attributes/nope");
    expect(unknown).toMatchObject({ status: 404, body: { code: 404, detail: "Attribute nope not found" } });
    expect((await raw(target(), "GET", "/api/attributes/a")).status).toBe(400);
  });
});

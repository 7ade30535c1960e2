import { describe, expect, it } from "vitest";
import { replayAuxTableUpdate } from "../src/model/aux-table-update.js";
import { tagsDescription } from "../src/model/change-events.js";
import { IntegrityViolation } from "../src/model/failures.js";
import { NAME_PATTERN } from "../src/model/patterns.js";
import { type ModelSpec, ModelValidationError, parseModel } from "../src/model/pydantic.js";
import type { ProjectRecord } from "../src/state/records.js";

const SPEC: ModelSpec = {
  name: "FolderPostModel",
  camelize: true,
  fields: [
    { name: "name", type: "str", required: true, regex: NAME_PATTERN },
    { name: "folder_type", type: "str", nullable: true },
    { name: "active", type: "bool", default: () => true },
    { name: "count", type: "int", nullable: true, gt: 0 },
  ],
};

const emptyProject = (): ProjectRecord =>
  ({
    folders: new Map(),
    tasks: new Map(),
    products: new Map(),
    versions: new Map(),
  }) as unknown as ProjectRecord;

describe("pydantic v1 emulation", () => {
  it("reads the camelCase alias or the field name, ignores unknown keys and tracks what was set", () => {
    const parsed = parseModel(SPEC, { name: "sh010", folder_type: "Shot", extra: 1 });
    expect(parsed.values).toEqual({ name: "sh010", folder_type: "Shot", active: true, count: null });
    expect([...parsed.set]).toEqual(["name", "folder_type"]);
    expect(parseModel(SPEC, { name: "a", folderType: "Asset" }).values.folder_type).toBe("Asset");
  });

  it("coerces like pydantic v1: numbers to strings, floats truncated to ints, 'yes' to true", () => {
    const parsed = parseModel(SPEC, { name: 10, count: 3.9, active: "yes" });
    expect(parsed.values).toMatchObject({ name: "10", count: 3, active: true });
  });

  it("formats a ValidationError as str() does, every error listed", () => {
    let error: unknown;
    try {
      parseModel(SPEC, { name: "bad name", active: null, count: 0 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelValidationError);
    expect((error as Error).message).toBe(
      [
        "3 validation errors for FolderPostModel",
        "name",
        `  string does not match regex "${NAME_PATTERN.source}" (type=value_error.str.regex; pattern=${NAME_PATTERN.source})`,
        "active",
        "  none is not an allowed value (type=type_error.none.not_allowed)",
        "count",
        "  ensure this value is greater than 0 (type=value_error.number.not_gt; limit_value=0)",
      ].join("\n"),
    );
  });
});

describe("aux table replay", () => {
  const items = (...names: string[]) => names.map((name) => ({ name }));

  it("renames through original_name and reports the rename for the cascade", () => {
    const result = replayAuxTableUpdate(emptyProject(), "statuses", items("A", "B"), [
      { name: "B" },
      { name: "A2", original_name: "A" },
    ]);
    expect(result.items.map((item) => item.name)).toEqual(["B", "A2"]);
    expect([...result.renames]).toEqual([["A", "A2"]]);
  });

  it("inserts a case variant before deleting the old row, so the case-insensitive index refuses it", () => {
    expect(() => replayAuxTableUpdate(emptyProject(), "statuses", items("Approved"), items("approved"))).toThrow(
      IntegrityViolation,
    );
    expect(replayAuxTableUpdate(emptyProject(), "tags", items("Hero"), items("hero")).items).toEqual(items("hero"));
  });

  it("merges an item listed twice (the upsert updates the first insert)", () => {
    const result = replayAuxTableUpdate(
      emptyProject(),
      "folder_types",
      [],
      [
        { name: "Shot", icon: "a" },
        { name: "Shot", icon: "b" },
      ],
    );
    expect(result.items).toEqual([{ name: "Shot", icon: "b" }]);
  });

  it("refuses to rename onto an existing name", () => {
    expect(() =>
      replayAuxTableUpdate(emptyProject(), "task_types", items("A", "B"), [
        { name: "B", original_name: "A" },
        { name: "B" },
      ]),
    ).toThrow(/already exists/);
  });
});

describe("tag change descriptions", () => {
  it("reproduces get_tags_description, its missing separator and double space included", () => {
    expect(tagsDescription("folder /sh010", [], ["a"])).toBe("Added folder /sh010 tag a");
    expect(tagsDescription("folder /sh010", ["a", "b"], [])).toBe("Removed folder /sh010 tags  a, b");
    expect(tagsDescription("folder /sh010", ["a"], ["b"])).toBe("Added folder /sh010 tag bRemoved  a");
    expect(tagsDescription("folder /sh010", ["a", "b"], ["b", "a"])).toBe("");
  });
});

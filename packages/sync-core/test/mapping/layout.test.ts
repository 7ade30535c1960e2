import { describe, expect, it } from "vitest";
import { desiredFolders } from "../../src/mapping/desired-folders.js";
import { defaultLayout, FALLBACK_ROOT, type Layout } from "../../src/mapping/layout.js";
import type { DesiredFolder } from "../../src/model/desired-state.js";
import { kitsu, snapshotOf } from "./fixtures.js";

/** Folder paths built from names, as AYON shows them. */
function paths(folders: readonly DesiredFolder[]): string[] {
  const byKey = new Map(folders.map((folder) => [folder.key, folder]));
  const pathOf = (folder: DesiredFolder): string => {
    const parent = folder.parentKey === null ? undefined : byKey.get(folder.parentKey);
    return `${parent === undefined ? "" : pathOf(parent)}/${folder.name}`;
  };
  return folders.map(pathOf);
}

const assets = {
  assetTypes: [kitsu.assetType("type-char", "Characters"), kitsu.assetType("type-prop", "Props")],
  assets: [kitsu.entity("asset-bob", "Bob", { entity_type_id: "type-char" })],
};

describe("default layout", () => {
  it("lays out a TV show as /assets/<type>/<asset> and /episodes/<episode>/<sequence>/<shot>", () => {
    const snapshot = snapshotOf({
      ...assets,
      episodes: [kitsu.entity("ep-1", "E01")],
      sequences: [kitsu.entity("seq-1", "SQ01", { parent_id: "ep-1" })],
      shots: [kitsu.entity("shot-1", "SH010", { parent_id: "seq-1" })],
    });
    const { folders, warnings } = desiredFolders(snapshot);
    expect(paths(folders)).toEqual([
      "/assets",
      "/assets/characters",
      "/assets/characters/bob",
      "/episodes",
      "/episodes/e01",
      "/episodes/e01/sq01",
      "/episodes/e01/sq01/sh010",
    ]);
    expect(warnings).toEqual([]);
  });

  it("puts an edit under its episode, or /edits without one, and concepts under /concepts", () => {
    const snapshot = snapshotOf({
      episodes: [kitsu.entity("ep-1", "E01")],
      edits: [kitsu.entity("edit-1", "Cut A", { parent_id: "ep-1" }), kitsu.entity("edit-2", "Trailer")],
      concepts: [kitsu.entity("concept-1", "Hero sketch")],
    });
    const { folders, warnings } = desiredFolders(snapshot);
    expect(paths(folders).sort()).toEqual(
      [
        "/concepts",
        "/concepts/hero_sketch",
        "/edits",
        "/edits/trailer",
        "/episodes",
        "/episodes/e01",
        "/episodes/e01/cut_a",
      ].sort(),
    );
    expect(folders.find((folder) => folder.key === "edit-1")?.folderType).toBe("Edit");
    expect(warnings).toEqual([]);
  });

  it("lays out a feature as /sequences/<sequence>/<shot>, with /shots for shots without a sequence", () => {
    const snapshot = snapshotOf({
      sequences: [kitsu.entity("seq-1", "SQ01")],
      shots: [kitsu.entity("shot-1", "SH010", { parent_id: "seq-1" }), kitsu.entity("shot-2", "Teaser")],
    });
    expect(paths(desiredFolders(snapshot).folders)).toEqual([
      "/sequences",
      "/sequences/sq01",
      "/sequences/sq01/sh010",
      "/shots",
      "/shots/teaser",
    ]);
  });

  it("keys grouping folders with the addon's data.kitsuId markers and labels them", () => {
    const snapshot = snapshotOf({ ...assets, sequences: [kitsu.entity("seq-1", "SQ01")] });
    const groups = desiredFolders(snapshot).folders.filter((folder) => folder.folderType === "Folder");
    expect(groups.map(({ key, parentKey, name, label, kind }) => ({ key, parentKey, name, label, kind }))).toEqual([
      { key: "asset", parentKey: null, name: "assets", label: "Assets", kind: "Root" },
      { key: "type-char", parentKey: "asset", name: "characters", label: "Characters", kind: "AssetType" },
      { key: "sequence", parentKey: null, name: "sequences", label: "Sequences", kind: "Root" },
    ]);
  });

  it("creates only grouping folders that hold something: no empty asset type, no empty root", () => {
    const plan = defaultLayout(snapshotOf({ ...assets }));
    expect(plan.groups.map((group) => group.key)).toEqual(["asset", "type-char"]);
  });

  it("creates no folder at all for an empty project", () => {
    expect(desiredFolders(snapshotOf({ assetTypes: assets.assetTypes })).folders).toEqual([]);
  });

  it.each([
    {
      case: "a shot whose sequence is missing goes to /shots",
      given: { shots: [kitsu.entity("shot-1", "SH010", { parent_id: "seq-gone" })] },
      want: ["/shots", "/shots/sh010"],
      warning: "its sequence seq-gone is not in the snapshot; placed under Shots",
    },
    {
      case: "a sequence whose episode is missing goes to /sequences",
      given: { sequences: [kitsu.entity("seq-1", "SQ01", { parent_id: "ep-gone" })] },
      want: ["/sequences", "/sequences/sq01"],
      warning: "its episode ep-gone is not in the snapshot; placed under Sequences",
    },
    {
      case: "an asset whose type is missing goes directly under /assets",
      given: { assets: [kitsu.entity("asset-1", "Bob", { entity_type_id: "type-gone" })] },
      want: ["/assets", "/assets/bob"],
      warning: "its asset type type-gone is not in the snapshot; placed directly under Assets",
    },
  ])("never drops an entity whose parent is missing: $case", ({ given, want, warning }) => {
    const { folders, warnings } = desiredFolders(snapshotOf(given));
    expect(paths(folders)).toEqual(want);
    expect(warnings.map((w) => w.message)).toEqual([warning]);
  });
});

describe("folders", () => {
  it("gives entity folders their kind as folder type, the slug as name and the Kitsu name as label", () => {
    const snapshot = snapshotOf({ sequences: [kitsu.entity("seq-1", "Bob's; Chase")] });
    const sequence = desiredFolders(snapshot).folders.find((folder) => folder.key === "seq-1");
    expect(sequence).toMatchObject({
      name: "bob_s_chase",
      label: "Bobs Chase",
      folderType: "Sequence",
      kind: "Sequence",
    });
  });

  it("makes a canceled entity an inactive folder", () => {
    const snapshot = snapshotOf({ shots: [kitsu.entity("shot-1", "SH010", { canceled: true })] });
    expect(desiredFolders(snapshot).folders.find((folder) => folder.key === "shot-1")?.active).toBe(false);
  });

  it("suffixes sibling names that collide, per parent only", () => {
    const snapshot = snapshotOf({
      sequences: [kitsu.entity("seq-a", "SQ01"), kitsu.entity("seq-b", "SQ02")],
      shots: [
        kitsu.entity("s-1", "SH010", { parent_id: "seq-a" }),
        kitsu.entity("s-2", "sh010", { parent_id: "seq-a" }),
        kitsu.entity("s-3", "SH010", { parent_id: "seq-b" }),
      ],
    });
    const { folders, warnings } = desiredFolders(snapshot);
    expect(paths(folders).filter((path) => path.includes("sh010"))).toEqual([
      "/sequences/sq01/sh010",
      "/sequences/sq01/sh010_s2",
      "/sequences/sq02/sh010",
    ]);
    expect(warnings.map((warning) => warning.kitsuId)).toEqual(["s-2"]);
  });

  it("names an emoji-only entity with the fallback name and says so", () => {
    const snapshot = snapshotOf({ shots: [kitsu.entity("shot-1", "🎬")] });
    const { folders, warnings } = desiredFolders(snapshot);
    expect(folders.find((folder) => folder.key === "shot-1")).toMatchObject({ name: "unnamed", label: "🎬" });
    expect(warnings).toEqual([
      { kitsuId: "shot-1", message: 'name "🎬" has no character AYON accepts in a name; named "unnamed"' },
    ]);
  });

  it("labels a folder with its name when nothing of the Kitsu name is a valid label", () => {
    const snapshot = snapshotOf({ shots: [kitsu.entity("shot-1", "';'")] });
    expect(desiredFolders(snapshot).folders.find((folder) => folder.key === "shot-1")?.label).toBe("unnamed");
  });

  it("maps entity attributes and leaves grouping folders' attributes alone", () => {
    const snapshot = snapshotOf({ shots: [kitsu.entity("shot-1", "SH010", { data: { frame_in: 1001 } })] });
    const [root, shot] = desiredFolders(snapshot).folders;
    expect(root?.attrib).toEqual({});
    expect(shot?.attrib.frameStart).toBe(1001);
  });
});

describe("custom layouts", () => {
  const shots = { shots: [kitsu.entity("shot-1", "SH010"), kitsu.entity("shot-2", "SH020")] };
  const flat: Layout = (snapshot) => ({
    groups: [{ key: "all", parentKey: null, title: "All", folderType: "Folder", kind: "Root" }],
    parents: new Map(snapshot.shots.map((shot) => [shot.id, "all"])),
    fallback: FALLBACK_ROOT,
    warnings: [],
  });

  it("replace the default layout", () => {
    expect(paths(desiredFolders(snapshotOf(shots), { layout: flat }).folders)).toEqual([
      "/all",
      "/all/sh010",
      "/all/sh020",
    ]);
  });

  it.each([
    { placed: "shot-1", nowhere: "shot-2" },
    { placed: "shot-2", nowhere: "shot-1" },
  ])(
    "send entities placed nowhere or under an unknown key to the fallback root, one warning each ($nowhere placed nowhere)",
    ({ placed, nowhere }) => {
      const broken: Layout = (snapshot) => ({ ...flat(snapshot), parents: new Map([[placed, "missing-key"]]) });
      const { folders, warnings } = desiredFolders(snapshotOf(shots), { layout: broken });
      expect(paths(folders)).toEqual(["/unplaced", "/unplaced/sh010", "/unplaced/sh020"]);
      expect(warnings.map((warning) => warning.kitsuId).sort()).toEqual(["shot-1", "shot-2"]);
      expect(warnings.find((warning) => warning.kitsuId === nowhere)?.message).toBe(
        "the layout did not place it; placed under Unplaced",
      );
    },
  );

  it("break a parent cycle through the fallback root", () => {
    const cyclic: Layout = () => ({
      groups: [],
      parents: new Map([
        ["shot-1", "shot-2"],
        ["shot-2", "shot-1"],
      ]),
      fallback: FALLBACK_ROOT,
      warnings: [],
    });
    const { folders, warnings } = desiredFolders(snapshotOf(shots), { layout: cyclic });
    expect(paths(folders)).toEqual(["/unplaced", "/unplaced/sh010", "/unplaced/sh020"]);
    expect(warnings.every((warning) => warning.message.includes("cycle"))).toBe(true);
  });
});

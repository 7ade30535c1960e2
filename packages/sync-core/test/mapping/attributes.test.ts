import { describe, expect, it } from "vitest";
import {
  type AttributeRow,
  FOLDER_ATTRIBUTE_ROWS,
  mapAttributes,
  mapMetadata,
  PROJECT_ATTRIBUTE_ROWS,
  TASK_ATTRIBUTE_ROWS,
} from "../../src/mapping/attributes.js";
import { parseNumber, toBoolean, toInteger, toIsoDateTime } from "../../src/mapping/converters.js";
import { kitsu } from "./fixtures.js";

const shot = (fields: Parameters<typeof kitsu.entity>[2]) => kitsu.entity("shot-1", "SH010", fields);

describe("folder attributes", () => {
  it.each([
    { case: "fps from a numeric string", given: { data: { fps: "25" } }, want: { fps: 25 } },
    { case: "fractional fps", given: { data: { fps: "23.976" } }, want: { fps: 23.976 } },
    { case: "fps with a decimal comma", given: { data: { fps: "29,97" } }, want: { fps: 29.97 } },
    { case: "fps stored as a number", given: { data: { fps: 24 } }, want: { fps: 24 } },
    { case: "no fps inherits the project's", given: { data: {} }, want: { fps: null } },
    { case: "a cleared fps reverts to inherited", given: { data: { fps: "" } }, want: { fps: null } },
    { case: "fps set to null reverts to inherited", given: { data: { fps: null } }, want: { fps: null } },
    { case: "data missing altogether", given: { data: null }, want: { fps: null, frameStart: null, frameEnd: null } },
    { case: "frameStart from frame_in", given: { data: { frame_in: "1001" } }, want: { frameStart: 1001 } },
    { case: "frame_in 0 is a frame", given: { data: { frame_in: 0 } }, want: { frameStart: 0 } },
    { case: "a cleared frame_in reverts", given: { data: { frame_in: " " } }, want: { frameStart: null } },
    { case: "frameEnd from frame_out", given: { data: { frame_out: "1100" } }, want: { frameEnd: 1100 } },
    {
      case: "frameEnd from frame_in + nb_frames - 1 without frame_out",
      given: { data: { frame_in: "1001" }, nb_frames: 50 },
      want: { frameStart: 1001, frameEnd: 1050 },
    },
    {
      case: "frameEnd from nb_frames when frame_out is cleared",
      given: { data: { frame_in: 10, frame_out: "" }, nb_frames: 200 },
      want: { frameEnd: 209 },
    },
    {
      case: "frame_out wins over nb_frames",
      given: { data: { frame_in: 1001, frame_out: 1010 }, nb_frames: 50 },
      want: { frameEnd: 1010 },
    },
    {
      case: "nb_frames without frame_in leaves the end to inherit",
      given: { nb_frames: 50 },
      want: { frameEnd: null },
    },
    {
      case: "nb_frames of 0 leaves the end to inherit",
      given: { data: { frame_in: 1001 }, nb_frames: 0 },
      want: { frameEnd: null },
    },
    {
      case: "resolution override",
      given: { data: { resolution: "2048x858" } },
      want: { resolutionWidth: 2048, resolutionHeight: 858 },
    },
    {
      case: "resolution with spaces and capital X",
      given: { data: { resolution: " 1920 X 1080 " } },
      want: { resolutionWidth: 1920, resolutionHeight: 1080 },
    },
    {
      case: "no resolution inherits",
      given: { data: {} },
      want: { resolutionWidth: null, resolutionHeight: null },
    },
    {
      case: "handles from handle_in/handle_out",
      given: { data: { handle_in: "8", handle_out: 12 } },
      want: { handleStart: 8, handleEnd: 12 },
    },
    {
      case: "handles from handle_start/handle_end",
      given: { data: { handle_start: 5, handle_end: "5" } },
      want: { handleStart: 5, handleEnd: 5 },
    },
    {
      case: "handle_in wins over handle_start",
      given: { data: { handle_in: 3, handle_start: 10 } },
      want: { handleStart: 3 },
    },
    { case: "no handles inherit", given: { data: {} }, want: { handleStart: null, handleEnd: null } },
    { case: "description", given: { description: "Hero lands" }, want: { description: "Hero lands" } },
    { case: "an emptied description reverts", given: { description: "" }, want: { description: null } },
    { case: "a blank description reverts", given: { description: "  \n " }, want: { description: null } },
  ])("$case", ({ given, want }) => {
    const result = mapAttributes(FOLDER_ATTRIBUTE_ROWS, shot(given), "shot-1");
    expect(result.attrib).toMatchObject(want);
    expect(result.warnings).toEqual([]);
  });

  it("sets every attribute of the table, so a value cleared in Kitsu is reverted in AYON", () => {
    const result = mapAttributes(FOLDER_ATTRIBUTE_ROWS, shot({}), "shot-1");
    expect(result.attrib).toEqual({
      fps: null,
      frameStart: null,
      frameEnd: null,
      resolutionWidth: null,
      resolutionHeight: null,
      handleStart: null,
      handleEnd: null,
      description: null,
    });
  });

  it.each([
    { case: "fps that is not a number", given: { data: { fps: "twenty-five" } }, want: { fps: null } },
    { case: "fps of zero", given: { data: { fps: "0" } }, want: { fps: null } },
    { case: "a fractional frame", given: { data: { frame_in: "1001.5" } }, want: { frameStart: null } },
    { case: "frame_out that is not a number", given: { data: { frame_out: "end" } }, want: { frameEnd: null } },
    { case: "a negative handle", given: { data: { handle_in: -4 } }, want: { handleStart: null } },
    { case: "a frame stored as an object", given: { data: { frame_in: { v: 1 } } }, want: { frameStart: null } },
  ])("turns an invalid value into null with a warning: $case", ({ given, want }) => {
    const result = mapAttributes(FOLDER_ATTRIBUTE_ROWS, shot(given), "shot-1");
    expect(result.attrib).toMatchObject(want);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      kitsuId: "shot-1",
      message: expect.stringContaining("left to inherit"),
    });
  });

  it("warns once per attribute for an unreadable resolution", () => {
    const result = mapAttributes(FOLDER_ATTRIBUTE_ROWS, shot({ data: { resolution: "wide" } }), "shot-1");
    expect(result.attrib).toMatchObject({ resolutionWidth: null, resolutionHeight: null });
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'data.resolution "wide" is not a valid resolutionWidth; left to inherit',
      'data.resolution "wide" is not a valid resolutionHeight; left to inherit',
    ]);
  });
});

describe("project attributes", () => {
  it.each([
    {
      case: "settings of a project",
      given: {
        fps: "25",
        resolution: "1920x1080",
        start_date: "2024-03-01",
        end_date: "2024-12-20",
        description: "Pilot",
      },
      want: {
        fps: 25,
        resolutionWidth: 1920,
        resolutionHeight: 1080,
        startDate: "2024-03-01T00:00:00Z",
        endDate: "2024-12-20T00:00:00Z",
        description: "Pilot",
      },
    },
    {
      case: "cleared settings",
      given: { fps: null, resolution: "", start_date: null, end_date: null, description: "" },
      want: {
        fps: null,
        resolutionWidth: null,
        resolutionHeight: null,
        startDate: null,
        endDate: null,
        description: null,
      },
    },
  ])("$case", ({ given, want }) => {
    const result = mapAttributes(PROJECT_ATTRIBUTE_ROWS, kitsu.project(given), "p");
    expect(result.attrib).toEqual(want);
    expect(result.warnings).toEqual([]);
  });

  it("turns an impossible date into null with a warning", () => {
    const result = mapAttributes(PROJECT_ATTRIBUTE_ROWS, kitsu.project({ start_date: "2024-02-30" }), "p");
    expect(result.attrib.startDate).toBeNull();
    expect(result.warnings).toHaveLength(1);
  });
});

describe("task attributes", () => {
  it.each([
    {
      case: "planned dates, keeping the time",
      given: { start_date: "2024-03-04T09:00:00", due_date: "2024-03-08T00:00:00" },
      want: { startDate: "2024-03-04T09:00:00Z", endDate: "2024-03-08T00:00:00Z" },
    },
    { case: "no dates", given: { start_date: null, due_date: null }, want: { startDate: null, endDate: null } },
    { case: "priority 0 (normal)", given: { priority: 0 }, want: { priority: "normal" } },
    { case: "priority 1 (high)", given: { priority: 1 }, want: { priority: "high" } },
    { case: "priority 2 (very high)", given: { priority: 2 }, want: { priority: "urgent" } },
    { case: "priority 3 (emergency)", given: { priority: 3 }, want: { priority: "urgent" } },
    { case: "no priority", given: { priority: null }, want: { priority: null } },
    { case: "description", given: { description: "Lip sync" }, want: { description: "Lip sync" } },
    { case: "empty description", given: { description: "" }, want: { description: null } },
  ])("$case", ({ given, want }) => {
    const result = mapAttributes(TASK_ATTRIBUTE_ROWS, kitsu.task("t1", "shot-1", given), "t1");
    expect(result.attrib).toMatchObject(want);
    expect(result.warnings).toEqual([]);
  });

  it("turns an unknown priority into null with a warning", () => {
    const result = mapAttributes(TASK_ATTRIBUTE_ROWS, kitsu.task("t1", "shot-1", { priority: 9 }), "t1");
    expect(result.attrib.priority).toBeNull();
    expect(result.warnings).toEqual([
      { kitsuId: "t1", message: "priority 9 is not a valid priority; left to inherit" },
    ]);
  });
});

describe("user rows", () => {
  it("maps metadata descriptors to the attributes the caller names, as text unless told", () => {
    const rows = [
      ...FOLDER_ATTRIBUTE_ROWS,
      ...mapMetadata([
        { field: "difficulty", attribute: "difficulty" },
        { field: "crowd_size", attribute: "crowdSize", convert: toInteger },
        { field: "is_hero", attribute: "hero", convert: toBoolean },
        { field: "vendor", attribute: "vendor" },
      ]),
    ];
    const result = mapAttributes(rows, shot({ data: { difficulty: "hard", crowd_size: "120", is_hero: "true" } }), "s");
    expect(result.attrib).toMatchObject({ difficulty: "hard", crowdSize: 120, hero: true, vendor: null });
  });

  it("lets a later row replace a default one", () => {
    const frameStartFromCut: AttributeRow<object> = {
      attribute: "frameStart",
      from: ["data.cut_in"],
      convert: toInteger,
    };
    const rows = [...FOLDER_ATTRIBUTE_ROWS, frameStartFromCut];
    const result = mapAttributes(rows, shot({ data: { frame_in: 1001, cut_in: 1009 } }), "s");
    expect(result.attrib.frameStart).toBe(1009);
  });

  it("does not read inherited properties as metadata", () => {
    const result = mapAttributes(mapMetadata([{ field: "constructor", attribute: "x" }]), shot({ data: {} }), "s");
    expect(result.attrib).toEqual({ x: null });
  });
});

describe("converters", () => {
  it.each([
    { given: "25", want: 25 },
    { given: " 1001 ", want: 1001 },
    { given: "23,976", want: 23.976 },
    { given: "-3", want: -3 },
    { given: "1e3", want: 1000 },
    { given: "12abc", want: undefined },
    { given: "1,000.5", want: undefined },
    { given: Number.NaN, want: undefined },
    { given: true, want: undefined },
  ])("parseNumber($given) is $want", ({ given, want }) => {
    expect(parseNumber(given)).toBe(want);
  });

  it.each([
    { given: "2024-03-01", want: "2024-03-01T00:00:00Z" },
    { given: "2024-03-01T10:30:00", want: "2024-03-01T10:30:00Z" },
    { given: "2024-03-01 10:30:00", want: "2024-03-01T10:30:00Z" },
    { given: "2024-03-01T10:30:00+02:00", want: "2024-03-01T10:30:00+02:00" },
    { given: "2024-02-29", want: "2024-02-29T00:00:00Z" },
    { given: "2023-02-29", want: undefined },
    { given: "01/03/2024", want: undefined },
  ])("toIsoDateTime($given) is $want", ({ given, want }) => {
    expect(toIsoDateTime(given)).toBe(want);
  });
});

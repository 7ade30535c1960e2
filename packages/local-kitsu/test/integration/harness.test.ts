import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, inject, it } from "vitest";

const kitsu = inject("kitsu");

/** Plain REST calls with the bot token: this test proves the harness, not our client. */
async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${kitsu.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${kitsu.bot.token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/**
 * `forceNew`: socket.io-client otherwise reuses a cached connection to the same URL, with the
 * headers of whoever opened it first.
 */
function openEvents(token: string): Socket {
  return io(`${kitsu.eventsUrl}/events`, {
    extraHeaders: { Authorization: `Bearer ${token}` },
    reconnection: false,
    forceNew: true,
  });
}

function connectEvents(): Promise<Socket> {
  const socket = openEvents(kitsu.bot.token);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

function nextEvent(socket: Socket, name: string, matches: (data: Record<string, unknown>) => boolean) {
  return new Promise<Record<string, unknown>>((resolve) => {
    const listener = (data: Record<string, unknown>) => {
      if (!matches(data)) return;
      socket.off(name, listener);
      resolve(data);
    };
    socket.on(name, listener);
  });
}

describe("local Kitsu harness", () => {
  let socket: Socket | undefined;
  afterEach(() => {
    socket?.disconnect();
  });

  it("serves the pinned Zou release", async () => {
    const response = await fetch(`${kitsu.apiUrl}/`);
    expect(await response.json()).toMatchObject({ api: "Zou", version: kitsu.zouVersion });
  });

  it("authenticates the bot as an admin bot", async () => {
    const me = await api<{ user: Record<string, unknown> }>("GET", "/auth/authenticated");
    expect(me.user).toMatchObject({ id: kitsu.bot.id, is_bot: true, role: "admin" });
  });

  it("creates a project, a sequence and a shot, reads them back, and emits shot:new", async () => {
    socket = await connectEvents();
    const project = await api<{ id: string; name: string }>("POST", "/data/projects", {
      name: `Harness ${Date.now()}`,
      production_type: "short",
    });
    const sequence = await api<{ id: string }>("POST", `/data/projects/${project.id}/sequences`, { name: "SQ010" });

    const shotEvent = nextEvent(socket, "shot:new", (data) => data.project_id === project.id);
    const shot = await api<{ id: string }>("POST", `/data/projects/${project.id}/shots`, {
      name: "SH010",
      sequence_id: sequence.id,
      nb_frames: 48,
    });

    await expect(shotEvent).resolves.toMatchObject({ shot_id: shot.id, project_id: project.id });
    await expect(api("GET", `/data/projects/${project.id}`)).resolves.toMatchObject({ name: project.name });
    await expect(api("GET", `/data/sequences/${sequence.id}`)).resolves.toMatchObject({
      name: "SQ010",
      project_id: project.id,
    });
    await expect(api("GET", `/data/shots/${shot.id}`)).resolves.toMatchObject({
      name: "SH010",
      parent_id: sequence.id,
      nb_frames: 48,
      project_id: project.id,
    });
  });

  // Zou 1.0.97's event stream raises Python's builtin ConnectionRefusedError instead of
  // socketio.exceptions.ConnectionRefusedError (zou/event_stream.py `connected`); its on_error handler
  // swallows it, so the connection is accepted and receives every broadcast. Clients therefore cannot
  // learn from the socket that a token is bad or expired: they must check it over REST. This test
  // fails when Zou fixes the bug, which is the cue to revisit that design.
  it("accepts a Socket.IO connection with a bad token and sends it the feed (Zou 1.0.97 behaviour)", async () => {
    socket = openEvents("not-a-token");
    const opened = socket;
    await new Promise<void>((resolve, reject) => {
      opened.once("connect", resolve);
      opened.once("connect_error", reject);
    });
    const received = new Promise<unknown>((resolve) => opened.once("project:new", resolve));
    const project = await api<{ id: string }>("POST", "/data/projects", { name: `Open feed ${Date.now()}` });
    await expect(received).resolves.toMatchObject({ project_id: project.id });
  });
});

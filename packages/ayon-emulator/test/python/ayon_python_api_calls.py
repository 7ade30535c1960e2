"""The ayon-python-api calls AYON tools make most, each checked against what AYON answers.

Reads the server from AYON_SERVER_URL and a service user's key from AYON_API_KEY. Runs against the
AYON emulator (test/integration/python-api.test.ts) and against a real AYON alike: it only creates a project
named kaTest_pyapi_* and a user named ka-test-pyapi-*, and deletes both at the end.

Prints one line per step ("ok <step>"); on the first failing step prints "FAIL <step>" with the
traceback and exits with status 1.
"""

import os
import sys
import traceback
import uuid

import ayon_api
from ayon_api import ServerAPI
from ayon_api.operations import OperationsSession

SUFFIX = uuid.uuid4().hex[:8]
PROJECT = f"kaTest_pyapi_{SUFFIX}"
PERSON = f"ka-test-pyapi-{SUFFIX}"
TOPIC = f"kaTest.pyapi.{SUFFIX}"
SENDER = "ka-test-pyapi"

state = {}


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_equal(actual, wanted, what):
    expect(actual == wanted, f"{what}: wanted {wanted!r}, got {actual!r}")


def connect(con):
    """ServerAPI(url, token=key), and init_service's global connection (AYON_SERVER_URL / AYON_API_KEY)."""
    expect(con.has_valid_token, "the API key was not accepted")
    expect(con.is_service_user(), "an API key connection is a service connection")
    ayon_api.init_service()
    expect(ayon_api.is_connection_created(), "init_service created the global connection")
    global_con = ayon_api.get_server_api_connection()
    expect_equal(global_con.get_base_url(), con.get_base_url(), "global connection URL")
    expect_equal(ayon_api.get_user()["name"], con.get_user()["name"], "the global connection's user")


def info(con):
    data = con.get_info()
    version = con.get_server_version_tuple()
    expect(version[:2] >= (1, 13), f"server version {data['version']}")
    expect_equal(data["user"]["name"], con.get_user()["name"], "info user")
    names = [attribute["name"] for attribute in data["attributes"]]
    expect("fps" in names and "fullName" in names, f"info attributes {names}")
    fps = next(attribute for attribute in data["attributes"] if attribute["name"] == "fps")
    expect_equal(fps["data"].get("default"), 25, "info fps default")


def user_me(con):
    me = con.get_user()
    state["me"] = me["name"]
    expect(me["data"].get("isService") is True, "the key's user is a service user")
    key = os.environ["AYON_API_KEY"]
    expect_equal(me["data"].get("apiKeyPreview"), f"{key[:4]}***{key[-4:]}", "users/me apiKeyPreview")
    # get_user fills every user attribute; AYON rebuilds the caller from its session, so its
    # ownAttrib lists every user attribute.
    for name in ("fullName", "email", "avatarUrl", "developerMode"):
        expect(name in me["attrib"], f"users/me attrib has {name}")
    expect(sorted(me["ownAttrib"]) == sorted(["fullName", "email", "avatarUrl", "developerMode"]),
           f"users/me ownAttrib {me['ownAttrib']}")


def user_by_name(con):
    response = con.put(
        f"users/{PERSON}",
        attrib={"fullName": "Py Api", "email": f"{PERSON}@example.com"},
        password="Kitsu.Ayon.2024",
    )
    response.raise_for_status()
    state["person"] = PERSON
    user = con.get_user(PERSON)
    expect_equal(user["name"], PERSON, "user name")
    expect_equal(user["attrib"]["fullName"], "Py Api", "user full name")
    expect_equal(user["attrib"]["developerMode"], None, "an unset attribute is filled with its default")


def users(con):
    listed = {user["name"]: user for user in con.get_users()}
    expect(state["me"] in listed and PERSON in listed, f"get_users lists {sorted(listed)}")
    only = list(con.get_users(usernames=[PERSON]))
    expect_equal([user["name"] for user in only], [PERSON], "get_users(usernames)")
    expect_equal(only[0]["attrib"]["email"], f"{PERSON}@example.com", "user e-mail")
    expect_equal(con.get_user_by_name(PERSON)["name"], PERSON, "get_user_by_name")


def attributes_schema(con):
    schema = con.get_attributes_schema(use_cache=False)
    by_name = {attribute["name"]: attribute for attribute in schema["attributes"]}
    for name in ("fps", "resolutionWidth", "frameStart", "priority", "fullName", "description", "path"):
        expect(name in by_name, f"attribute {name} in {sorted(by_name)}")
    fps = by_name["fps"]
    expect_equal(fps["data"]["type"], "float", "fps type")
    expect_equal(fps["data"]["default"], 25, "fps default")
    expect("default" in by_name["fullName"]["data"], "every attribute lists a default, null included")
    expect_equal(by_name["fullName"]["data"]["default"], None, "fullName default")
    expect("folder" in fps["scope"] and "version" in fps["scope"], f"fps scope {fps['scope']}")
    user_attributes = sorted(con.get_attributes_for_type("user"))
    expect_equal(user_attributes, ["avatarUrl", "developerMode", "email", "fullName"], "user attributes")


def create_project(con):
    presets = con.get_project_anatomy_presets()
    expect(isinstance(presets, list), "anatomy presets are a list")
    project = con.create_project(PROJECT, PROJECT)
    state["project"] = PROJECT
    expect_equal(project["name"], PROJECT, "project name")
    expect_equal(project["code"], PROJECT, "project code")
    folder_types = [item["name"] for item in project["folderTypes"]]
    built_in = ["Folder", "Library", "Asset", "Episode", "Sequence", "Shot"]
    expect_equal(folder_types, built_in, "folder types of the built-in preset")
    expect("Animation" in [item["name"] for item in project["taskTypes"]], "task types")
    expect_equal(project["attrib"]["fps"], 25, "project fps")
    expect_equal(project["attrib"]["resolutionWidth"], 1920, "project width")


def get_project(con):
    project = con.get_project(PROJECT)
    expect_equal(project["name"], PROJECT, "get_project name")
    expect_equal(project["attrib"]["frameStart"], 1001, "project frameStart")
    expect(con.get_project("kaTest_pyapi_missing_" + SUFFIX) is None, "a missing project is None")
    names = [item["name"] for item in con.get_projects()]
    expect(PROJECT in names, f"get_projects lists {names}")
    expect(PROJECT in con.get_project_names(), "get_project_names")


def operations_create(con):
    session = OperationsSession(con=con)
    sequence = session.create_folder(PROJECT, "sq010", folder_type="Sequence")
    shot = session.create_folder(
        PROJECT, "sh010", folder_type="Shot", parent_id=sequence["id"], attrib={"frameStart": 1010}
    )
    task = session.create_task(
        PROJECT, "animation", task_type="Animation", folder_id=shot["id"], label="Anim"
    )
    session.commit()
    state.update(sequence=sequence["id"], shot=shot["id"], task=task["id"])


def folders(con):
    listed = list(con.get_folders(PROJECT))
    expect_equal(sorted(folder["name"] for folder in listed), ["sh010", "sq010"], "get_folders names")
    shot = con.get_folder_by_path(PROJECT, "/sq010/sh010")
    expect(shot is not None, "get_folder_by_path found the shot")
    expect_equal(shot["id"], state["shot"], "shot id")
    expect_equal(shot["parentId"], state["sequence"], "shot parent")
    expect_equal(shot["path"], "/sq010/sh010", "shot path")
    expect_equal(shot["attrib"]["frameStart"], 1010, "shot own frameStart")
    expect_equal(shot["attrib"]["fps"], 25, "shot fps inherited from the project")
    children = list(con.get_folders(PROJECT, parent_ids=[state["sequence"]]))
    expect_equal([folder["id"] for folder in children], [state["shot"]], "get_folders(parent_ids)")


def tasks(con):
    listed = list(con.get_tasks(PROJECT, folder_ids=[state["shot"]]))
    expect_equal([task["id"] for task in listed], [state["task"]], "get_tasks ids")
    task = listed[0]
    expect_equal(task["name"], "animation", "task name")
    expect_equal(task["label"], "Anim", "task label")
    expect_equal(task["taskType"], "Animation", "task type")
    expect_equal(task["folderId"], state["shot"], "task folder")
    expect_equal(task["attrib"]["frameStart"], 1010, "task frameStart inherited from the shot")


def activities(con):
    """create_activity, get_activity_by_id, get_activities, update_activity and delete_activity on a task."""
    task = state["task"]
    activity_id = con.create_activity(PROJECT, task, "task", "comment", body="First take")
    found = con.get_activity_by_id(PROJECT, activity_id)
    expect(found is not None, "get_activity_by_id after create_activity")
    expect_equal(found["body"], "First take", "activity body")
    expect_equal(found["activityType"], "comment", "activity type")
    listed = list(con.get_activities(PROJECT, entity_ids=[task], activity_types=["comment"]))
    expect_equal([each["activityId"] for each in listed], [activity_id], "get_activities ids")
    con.update_activity(PROJECT, activity_id, body="Second take")
    expect_equal(con.get_activity_by_id(PROJECT, activity_id)["body"], "Second take", "body after update_activity")
    con.delete_activity(PROJECT, activity_id)
    expect(con.get_activity_by_id(PROJECT, activity_id) is None, "get_activity_by_id after delete_activity")


def operations_update_delete(con):
    session = OperationsSession(con=con)
    session.update_entity(
        PROJECT, "folder", state["shot"], {"label": "Shot 10", "attrib": {"frameEnd": 1100}}
    )
    session.update_entity(PROJECT, "task", state["task"], {"status": "In progress"})
    session.commit()
    shot = con.get_folder_by_id(PROJECT, state["shot"])
    expect_equal(shot["label"], "Shot 10", "updated label")
    expect_equal(shot["attrib"]["frameEnd"], 1100, "updated frameEnd")
    expect_equal(con.get_task_by_id(PROJECT, state["task"])["status"], "In progress", "updated task status")
    session.delete_entity(PROJECT, "task", state["task"])
    session.commit()
    expect_equal(list(con.get_tasks(PROJECT, folder_ids=[state["shot"]])), [], "tasks after delete")


def events(con):
    response = con.dispatch_event(
        TOPIC,
        sender=SENDER,
        project_name=PROJECT,
        description="Python API ping",
        summary={"step": 1},
        payload={"detail": "ping"},
        finished=False,
    )
    event_id = response.data["id"]
    state["event"] = event_id
    event = con.get_event(event_id)
    expect_equal(event["topic"], TOPIC, "event topic")
    expect_equal(event["status"], "pending", "an unfinished event is pending")
    expect_equal(event["payload"], {"detail": "ping"}, "event payload")
    listed = list(con.get_events(topics=[TOPIC], project_names=[PROJECT]))
    expect_equal([item["id"] for item in listed], [event_id], "get_events ids")
    expect_equal((listed[0]["sender"], listed[0]["status"]), (SENDER, "pending"), "listed sender and status")
    con.update_event(event_id, status="finished", description="Python API pong", summary={"step": 2})
    event = con.get_event(event_id)
    expect_equal(event["status"], "finished", "updated status")
    expect_equal(event["description"], "Python API pong", "updated description")
    expect_equal(event["summary"], {"step": 2}, "updated summary")
    created = list(con.get_events(topics=["entity.folder.created"], project_names=[PROJECT]))
    expect_equal(len(created), 2, "one entity.folder.created event per committed folder")


def enroll(con):
    source_topic, job_topic, worker = f"{TOPIC}.source", f"{TOPIC}.job", "ka-test-worker"
    dispatched = con.dispatch_event(source_topic, sender=SENDER, project_name=PROJECT, summary={"n": 1})
    source = dispatched.data["id"]
    job = con.enroll_event_job(source_topic, job_topic, worker, description="Python API job")
    expect(job is not None, "enroll found the source event")
    expect_equal(job["dependsOn"], source, "the job depends on its source")
    event = con.get_event(job["id"])
    expect_equal(event["topic"], job_topic, "job topic")
    expect_equal(event["status"], "pending", "a new job is pending until its worker updates it")
    expect_equal(event["sender"], worker, "job sender")
    again = con.enroll_event_job(source_topic, job_topic, worker, description="Python API job")
    expect(again is not None and again["id"] == job["id"], "the same sender gets its running job back")
    con.update_event(job["id"], sender=worker, status="finished")
    expect_equal(con.get_event(job["id"])["status"], "finished", "finished job")
    expect(
        con.enroll_event_job(source_topic, job_topic, worker) is None,
        "nothing left to enroll once the job is finished",
    )


def atomic_batch(con):
    """An atomic batch AYON's own code fails (a missing entity) keeps what ran before, without events."""
    kept, missing = uuid.uuid4().hex, uuid.uuid4().hex
    results = con.send_batch_operations(
        PROJECT,
        [
            {
                "type": "create",
                "entityType": "folder",
                "entityId": kept,
                "data": {"name": "kept", "folderType": "Shot"},
            },
            {"type": "update", "entityType": "folder", "entityId": missing, "data": {"label": "x"}},
        ],
        can_fail=False,
        wait_for_events=True,
        raise_on_fail=False,
    )
    outcome = [(item["success"], item["status"]) for item in results]
    expect_equal(outcome, [(True, 201), (False, 404)], "results")
    expect(con.get_folder_by_id(PROJECT, kept) is not None, "the create before the failure is committed")
    events = list(con.get_events(topics=["entity.folder.created"], project_names=[PROJECT]))
    expect_equal(len(events), 2, "no event for the folder a failed batch committed")


def delete_project(con):
    con.delete_project(PROJECT)
    state.pop("project")
    expect(con.get_project(PROJECT) is None, "get_project after delete_project")
    expect(PROJECT not in con.get_project_names(), "get_project_names after delete_project")


STEPS = [
    connect,
    info,
    user_me,
    user_by_name,
    users,
    attributes_schema,
    create_project,
    get_project,
    operations_create,
    folders,
    tasks,
    activities,
    operations_update_delete,
    events,
    enroll,
    atomic_batch,
    delete_project,
]


def cleanup(con):
    if "project" in state:
        con.delete(f"projects/{state['project']}")
    if "person" in state:
        con.delete(f"users/{state['person']}")


def main():
    url = os.environ.get("AYON_SERVER_URL")
    key = os.environ.get("AYON_API_KEY")
    if not url or not key:
        print("set AYON_SERVER_URL and AYON_API_KEY", file=sys.stderr)
        return 2
    con = ServerAPI(url, token=key)
    print(f"ayon-python-api {ayon_api.__version__} against {url}")
    try:
        for step in STEPS:
            try:
                step(con)
            except Exception:
                print(f"FAIL {step.__name__}")
                traceback.print_exc(file=sys.stdout)
                return 1
            print(f"ok {step.__name__}")
    finally:
        cleanup(con)
    print(f"all {len(STEPS)} steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

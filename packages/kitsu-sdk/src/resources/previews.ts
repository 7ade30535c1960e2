import { KitsuBadRequestError } from "../errors.js";
import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";
import { type KitsuUpload, multipartForm } from "./uploads.js";

/** Options of a new preview: the revision it belongs to. */
export interface PreviewOptions extends CallOptions {
  /** The task revision to add the preview to. @default the task's next revision (or the comment's, for a second file) */
  revision?: number;
}

/**
 * Review previews, uploaded on a comment the way Kitsu's review flow does: a preview file record is
 * added to the comment, then its file is uploaded (`zou/app/blueprints/tasks/resources.py
 * AddPreviewResource`, `zou/app/blueprints/previews/resources.py CreatePreviewFilePictureResource`).
 *
 * Pictures (`.png`, `.jpg`, `.jpeg`) are processed at once. Movies need ffmpeg on the Zou host:
 * without it, or for a movie ffmpeg cannot read, Zou answers 201 with `status: "broken"`. Check
 * `status` of the answer (`ready`; `processing` while a job queue works on it).
 */
export function previewsResource(http: KitsuHttp) {
  const create = (taskId: string, commentId: string, o: PreviewOptions = {}) =>
    body(
      http.POST("/actions/tasks/{task_id}/comments/{comment_id}/add-preview", {
        params: { path: { task_id: taskId, comment_id: commentId } },
        body: o.revision === undefined ? {} : { revision: o.revision },
        ...init(o),
      }),
    );
  const upload = (previewFileId: string, file: KitsuUpload, o: CallOptions = {}) => {
    const form = multipartForm({}, [file]);
    return body(
      http.POST("/pictures/preview-files/{preview_file_id}", {
        params: { path: { preview_file_id: previewFileId } },
        body: form as never,
        bodySerializer: () => form,
        ...init(o),
      }),
    );
  };
  const remove = (taskId: string, commentId: string, previewFileId: string, o: CallOptions = {}) =>
    done(
      http.DELETE("/actions/tasks/{task_id}/comments/{comment_id}/preview-files/{preview_file_id}", {
        params: { path: { task_id: taskId, comment_id: commentId, preview_file_id: previewFileId } },
        ...init(o),
      }),
    );
  return {
    /** Adds a preview file record, without a file yet, to the comment (`status: "processing"`). */
    create,
    /**
     * Uploads the file of a record made by `create`. Zou refuses with 400 (`KitsuBadRequestError`) a
     * file of an unknown extension, a picture it cannot read or too large to decode, and a record that
     * already has a file.
     */
    upload,
    /** The preview file record, with its `status`, `extension`, `width`, `height` and `revision`. */
    get: (previewFileId: string, o: CallOptions = {}) =>
      body(
        http.GET("/data/preview-files/{preview_file_id}", {
          params: { path: { preview_file_id: previewFileId } },
          ...init(o),
        }),
      ),
    /** Removes the preview from the comment and deletes its record and files. */
    remove,
    /**
     * `create` then `upload`: one call for a preview on a comment. When Zou refuses the file (400),
     * the record left without a file is removed (best effort) before Zou's refusal is thrown, so the
     * task does not keep an empty revision.
     */
    add: async (
      taskId: string,
      commentId: string,
      file: KitsuUpload,
      o: PreviewOptions = {},
    ): Promise<Schemas["PreviewFile"]> => {
      const record = await create(taskId, commentId, o);
      try {
        return await upload(record.id, file, o);
      } catch (error) {
        if (error instanceof KitsuBadRequestError) await remove(taskId, commentId, record.id).catch(ignore);
        throw error;
      }
    },
  };
}

/**
 * A failed clean-up must not hide Zou's refusal, the error the caller acts on. For some refusals (an
 * unknown extension) Zou has already deleted the record, and the clean-up gets a 404.
 */
const ignore = () => undefined;

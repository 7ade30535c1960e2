/**
 * A file to send to Zou. Zou decides what a file is from the extension of `filename`, not from its
 * bytes or `contentType`: a preview named `frame.png` is read as a picture, one named `frame.txt` is
 * refused (`zou/app/blueprints/previews/resources.py process_uploaded_file`).
 */
export interface KitsuUpload {
  /** The file's bytes. */
  data: Blob | Uint8Array;
  /** The name Zou stores; its extension decides how Zou treats the file. */
  filename: string;
  /** Media type sent with the part. @default the Blob's own type, else `application/octet-stream` */
  contentType?: string;
}

/** The upload as a Blob of its media type. */
export function uploadBlob(upload: KitsuUpload): Blob {
  const { data } = upload;
  const type = upload.contentType ?? (data instanceof Blob ? data.type : "");
  // A view over a SharedArrayBuffer is copied: Blob parts must be backed by a plain ArrayBuffer.
  const part =
    data instanceof Blob || data.buffer instanceof ArrayBuffer
      ? (data as Blob | Uint8Array<ArrayBuffer>)
      : new Uint8Array(data);
  return new Blob([part], { type: type || "application/octet-stream" });
}

/** Field values of a multipart form: strings as they are, other values JSON-encoded (Zou decodes lists). */
export type FormFields = Record<string, string | number | boolean | readonly unknown[] | null | undefined>;

/**
 * A multipart form with the given fields and files. Fields that are undefined or null are left out.
 * Each file gets a field name of its own (`file`, or `file-0`, `file-1`... for several): Zou keeps only
 * the first file of a field name.
 */
export function multipartForm(fields: FormFields, files: readonly KitsuUpload[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    form.append(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  files.forEach((file, index) => {
    form.append(files.length === 1 ? "file" : `file-${index}`, uploadBlob(file), file.filename);
  });
  return form;
}

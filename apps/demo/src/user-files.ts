/**
 * The user's own files: picked with the file input, or dropped anywhere on the page (an overlay
 * shows while files are dragged over it). Either way they are handed on as they are.
 */
import { h } from "./dom.js";

/** Receives the files the user picked or dropped (at least one). */
export type FilesHandler = (files: readonly File[]) => void | Promise<void>;

/** Hands on the files of a file list, unread (the dataset worker reads them), unless there are none. */
async function readFiles(list: FileList | readonly File[], onFiles: FilesHandler): Promise<void> {
  const files = [...list];
  if (files.length === 0) return;
  await onFiles(files);
}

/** The file names the validator reads: YAML, JSON and NDJSON. */
const DATA_FILE = /\.(ya?ml|json|ndjson|jsonl)$/i;

/**
 * Builds the (visually hidden) folder input, for a `label` to open: the data files of a folder
 * and its subfolders, each named with its path in the folder (`data/meetings.yaml`), so problems
 * say which folder a file is in. Other files (a README) are left out.
 */
export function folderInput(onFiles: FilesHandler): HTMLInputElement {
  const input = h("input", {
    id: "folder-input",
    type: "file",
    webkitdirectory: true,
    class: "visually-hidden",
  });
  input.addEventListener("change", () => {
    if (input.files)
      void readFiles(
        [...input.files].filter((file) => DATA_FILE.test(file.name)),
        onFiles,
      );
    input.value = "";
  });
  return input;
}

/**
 * Builds the (visually hidden) file input, for a `label` to open: YAML, JSON and NDJSON files,
 * several at once.
 */
export function fileInput(onFiles: FilesHandler): HTMLInputElement {
  const input = h("input", {
    id: "file-input",
    type: "file",
    multiple: true,
    accept: ".yaml,.yml,.json,.ndjson,.jsonl,application/json,application/yaml,text/yaml",
    class: "visually-hidden",
  });
  input.addEventListener("change", () => {
    if (input.files) void readFiles(input.files, onFiles);
    input.value = "";
  });
  return input;
}

/**
 * Builds the overlay shown while files are dragged over the page, and accepts the files dropped
 * anywhere on `document`.
 */
export function fileDropOverlay(onFiles: FilesHandler): HTMLElement {
  const overlay = h(
    "div",
    { class: "drop-overlay", hidden: true },
    h("p", null, "Drop YAML or JSON files to check and show them"),
  );
  let dragDepth = 0;
  document.addEventListener("dragenter", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    dragDepth++;
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) overlay.hidden = true;
  });
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    if (event.dataTransfer?.files.length) void readFiles(event.dataTransfer.files, onFiles);
  });
  return overlay;
}

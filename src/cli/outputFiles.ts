/**
 * Every file a command writes goes through here: `prepareOutputs` vets all output paths before a
 * command reads its inputs or writes anything, and `writeOutputFile` writes one atomically.
 *
 * Why: an analyst's inputs are the schools' own workbooks, often the only copy. An output path is
 * resolved the way the system will (links followed: the real path of an existing file, or of its
 * folder) and compared with the inputs, also by device and inode (hard links); it is refused when it
 * is an input, or when it lies in a folder given as an input under a name a later run would read as
 * one (an .xlsx that is not a «~$» lock file) — whatever --force says. A write goes to a temporary
 * file beside the target, is flushed to disk and renamed over it, so a crash or `kill -9` leaves
 * either the previous file or the new one, never a torn one.
 *
 * Commands call it as:
 *   const [target] = await prepareOutputs([values.output], { inputs: positionals, force });
 *   …read, compute…
 *   await writeOutputFile(target, bytes);
 * Failures are OutputError: a Russian message, exit status 2 (main.ts prints it without the usage).
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isWorkbookName } from "./inputFiles";

/** A refusal or a failed write: its message is for the user; the command exits with 2. */
export class OutputError extends Error {}

class FolderError extends Error {}

export interface OutputTarget {
  /** The path as the user gave it (for messages). */
  readonly given: string;
  /** Where the bytes go: the existing file's real path, or its folder's real path and its name. */
  readonly path: string;
}

export interface OutputOptions {
  /** The command's inputs as given: files and folders (a folder's .xlsx files are inputs too). */
  readonly inputs: readonly string[];
  /** Overwrite an existing output (never an input). */
  readonly force: boolean;
}

interface FileId {
  readonly dev: number;
  readonly ino: number;
}

interface KnownInputs {
  readonly files: Map<string, string>;
  readonly ids: { id: FileId; given: string }[];
  readonly dirs: Map<string, string>;
}

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

async function realOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

async function knownInputs(inputs: readonly string[]): Promise<KnownInputs> {
  const known: KnownInputs = { files: new Map(), ids: [], dirs: new Map() };
  for (const given of inputs) {
    const real = await realOrNull(given);
    if (real === null) continue; // a missing input is reported when it is read (S003)
    const s = await stat(real);
    if (s.isDirectory()) known.dirs.set(real, given);
    else {
      known.files.set(real, given);
      known.ids.push({ id: { dev: s.dev, ino: s.ino }, given });
    }
  }
  return known;
}

/** The deepest existing folder on the way to `path`, and the part below it that is still missing. */
async function existingAncestor(dir: string): Promise<{ real: string; missing: string[] }> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const real = await realOrNull(at);
    if (real !== null) return { real, missing };
    const up = dirname(at);
    if (up === at) return { real: at, missing };
    missing.unshift(basename(at));
    at = up;
  }
}

interface Resolved {
  readonly path: string;
  readonly exists: boolean;
  readonly problem: string | null;
}

async function resolveOutput(given: string): Promise<Resolved> {
  let info;
  try {
    info = await lstat(given);
  } catch (e) {
    if (errno(e) !== "ENOENT" && errno(e) !== "ENOTDIR")
      return { path: given, exists: false, problem: why(e) };
  }
  if (info) {
    const real = await realOrNull(given);
    if (real !== null) {
      const s = await stat(real);
      if (s.isDirectory()) return { path: real, exists: true, problem: "это папка, а не файл" };
      if (!s.isFile())
        return { path: real, exists: true, problem: "это не обычный файл (устройство или канал)" };
      return { path: real, exists: true, problem: null };
    }
    // A dangling link: write where it points, if that folder exists.
  }
  const { real, missing } = await existingAncestor(dirname(given));
  const parent = await stat(real);
  if (!parent.isDirectory()) return { path: given, exists: false, problem: `«${real}» — не папка` };
  try {
    await access(real, constants.W_OK);
  } catch {
    return { path: given, exists: false, problem: `нет прав на запись в папку «${real}»` };
  }
  return { path: join(real, ...missing, basename(given)), exists: false, problem: null };
}

function sameFile(a: FileId, b: FileId): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

const listed = (items: readonly string[]) =>
  items
    .slice(0, 3)
    .map((p) => `«${p}»`)
    .join(", ") + (items.length > 3 ? ` и ещё ${items.length - 3}` : "");

/**
 * Checks every output of a command at once, before anything is read or written; throws one
 * OutputError naming every problem. Creates nothing.
 */
export async function prepareOutputs(
  outputs: readonly string[],
  opts: OutputOptions,
): Promise<OutputTarget[]> {
  const known = await knownInputs(opts.inputs);
  const targets: OutputTarget[] = [];
  const problems: string[] = [];
  const existing: string[] = [];
  const seen = new Map<string, string>();
  for (const given of outputs) {
    const r = await resolveOutput(given);
    if (r.problem !== null) {
      problems.push(`«${given}»: ${r.problem}.`);
      continue;
    }
    const input = known.files.get(r.path) ?? (await sameAsInput(r, known));
    if (input !== undefined) {
      const which = input === given ? "входной файл" : `входной файл «${input}»`;
      problems.push(
        `«${given}» — это ${which}: запись поверх него уничтожила бы данные. Укажите другой файл для результата.`,
      );
      continue;
    }
    const inDir = known.dirs.get(dirname(r.path));
    if (inDir !== undefined && isWorkbookName(basename(r.path))) {
      problems.push(
        `«${given}» лежит в папке «${inDir}», которая указана как входная: при следующем запуске этот файл прочитался бы как файл ОО. Укажите файл в другой папке.`,
      );
      continue;
    }
    const twice = seen.get(r.path);
    if (twice !== undefined) {
      problems.push(`«${given}» и «${twice}» — один и тот же файл.`);
      continue;
    }
    seen.set(r.path, given);
    if (r.exists) existing.push(given);
    targets.push({ given, path: r.path });
  }
  if (!opts.force && existing.length > 0)
    problems.push(
      `${existing.length === 1 ? "Файл" : "Файлы"} ${listed(existing)} уже ${existing.length === 1 ? "существует" : "существуют"}. Чтобы перезаписать, добавьте --force.`,
    );
  if (problems.length > 0) throw new OutputError(problems.join("\n"));
  return targets;
}

async function sameAsInput(r: Resolved, known: KnownInputs): Promise<string | undefined> {
  if (!r.exists || known.ids.length === 0) return undefined;
  const s = await stat(r.path);
  return known.ids.find((i) => sameFile(i.id, s))?.given;
}

/** A Russian reason for a failed file operation. */
export function why(e: unknown): string {
  switch (errno(e)) {
    case "EACCES":
    case "EPERM":
      return "нет прав на запись";
    case "ENOSPC":
      return "на диске нет места";
    case "EDQUOT":
      return "превышена квота диска";
    case "EROFS":
      return "диск доступен только для чтения";
    case "EISDIR":
      return "это папка, а не файл";
    case "ENOTDIR":
      return "часть пути — не папка";
    case "ENOENT":
      return "папка не существует";
    case "ENAMETOOLONG":
      return "слишком длинное имя файла";
    case "EMFILE":
    case "ENFILE":
      return "открыто слишком много файлов";
    case "EIO":
      return "ошибка ввода-вывода диска";
    default:
      return `ошибка записи (${errno(e) ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

/**
 * Writes `bytes` to the target atomically: a temporary file in the same folder (so the rename
 * never crosses file systems), flushed to disk, then renamed over the target. On any failure the
 * temporary file is removed and the previous file is left as it was.
 */
export async function writeOutputFile(target: OutputTarget, bytes: Uint8Array): Promise<void> {
  const dir = dirname(target.path);
  // Not .xlsx, so a left-over after a power cut is never read as a school's file.
  const temp = join(dir, `.${basename(target.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  try {
    await makeFolders(dir);
    const previous = await stat(target.path).catch(() => null);
    const handle = await open(temp, "wx", previous?.mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target.path);
    created = false;
    await syncDir(dir);
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    const reason = e instanceof FolderError ? e.message : why(e);
    throw new OutputError(
      `Файл «${target.given}» не записан: ${reason}. Прежний файл (если был) не изменён.`,
    );
  }
}

/**
 * Creates the missing folders of `dir` one by one. (Node's recursive mkdir loops forever where a
 * file system refuses new folders with ENOENT, as /proc does.)
 */
async function makeFolders(dir: string): Promise<void> {
  const { missing, real } = await existingAncestor(dir);
  let at = real;
  for (const name of missing) {
    at = join(at, name);
    try {
      await mkdir(at);
    } catch (e) {
      if (errno(e) === "EEXIST") continue;
      const reason = errno(e) === "ENOENT" ? "" : ` (${why(e)})`;
      throw new FolderError(`не удалось создать папку «${at}»${reason}`);
    }
  }
}

/** The rename itself survives a power cut only once the folder is flushed (best effort). */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a folder; the rename is still atomic.
  }
}

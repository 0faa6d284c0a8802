/**
 * Which files a batch takes: files named on the command line always (a non-PDF among them is
 * reported as a failure later), and from directories, recursively, only files that ARE PDFs by
 * their first bytes (`%PDF-` within the first 1024), whatever their extension.
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { hasPdfMagic } from '../../ingest/pdf-magic.ts';

export interface Candidate {
  /** As the user would recognise it: the argument, or the argument joined with the walked names. */
  file: string;
  /** Absolute path: the document's identity in the store. */
  path: string;
  /** Named on the command line (true) or found in a directory (false). */
  explicit: boolean;
}

export interface WalkProblem {
  file: string;
  reason: string;
  code: string;
}

export interface WalkResult {
  candidates: Candidate[];
  /** Arguments that do not exist or cannot be read. */
  failed: WalkProblem[];
  /** Files found in a directory that are named .pdf but are not PDFs (reported, not failed). */
  skipped: WalkProblem[];
}

async function firstBytes(path: string, n = 1024): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function describe(err: unknown): { reason: string; code: string } {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { reason: 'No such file or directory.', code: 'not-found' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'Permission denied: the file cannot be read.', code: 'unreadable' };
  return { reason: `The file cannot be read (${(err as Error).message}).`, code: 'unreadable' };
}

const isPdfName = (name: string): boolean => extname(name).toLowerCase() === '.pdf';

export async function collectFiles(args: readonly string[]): Promise<WalkResult> {
  const out: WalkResult = { candidates: [], failed: [], skipped: [] };
  const seen = new Set<string>();
  const seenDirs = new Set<string>();

  const add = (c: Candidate): void => {
    if (seen.has(c.path)) return;
    seen.add(c.path);
    out.candidates.push(c);
  };

  const walk = async (dir: string, shown: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (err) {
      out.failed.push({ file: shown, ...describe(err) });
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or a folder named twice
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      out.failed.push({ file: shown, ...describe(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue; // .git, .DS_Store, editor files
      const full = join(dir, e.name);
      const shownChild = join(shown, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        await walk(full, shownChild);
        continue;
      }
      if (!isFile) continue;
      let head: Uint8Array;
      try {
        head = await firstBytes(full);
      } catch (err) {
        if (isPdfName(e.name)) out.failed.push({ file: shownChild, ...describe(err) });
        continue;
      }
      if (hasPdfMagic(head)) add({ file: shownChild, path: resolve(full), explicit: false });
      else if (isPdfName(e.name)) {
        if (head.length === 0) add({ file: shownChild, path: resolve(full), explicit: false }); // fails as 'empty'
        else out.skipped.push({ file: shownChild, reason: 'Named .pdf but is not a PDF (no %PDF- header); skipped.', code: 'not-pdf' });
      }
    }
  };

  for (const arg of args) {
    let st;
    try {
      st = await stat(arg);
    } catch (err) {
      out.failed.push({ file: arg, ...describe(err) });
      continue;
    }
    if (st.isDirectory()) await walk(arg, arg);
    else add({ file: arg, path: resolve(arg), explicit: true });
  }
  return out;
}

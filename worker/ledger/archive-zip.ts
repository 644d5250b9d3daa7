import { Zip, ZipPassThrough } from 'fflate';
import type { ArchiveFile } from './archive-plan.ts';

export interface ArchiveSources {
  /** Small workbooks written in memory (summary, manifest). */
  inMemory: { path: string; bytes: Uint8Array }[];
  originals: ArchiveFile[];
  bucket: R2Bucket;
  /** The zip entries' date for the in-memory files. */
  at: Date;
}

const ENCODER = new TextEncoder();

/**
 * A period's archive as a zip written while it is read: each original is
 * piped from R2 chunk by chunk into a stored (uncompressed — an .xlsx is
 * deflated already) entry, so memory holds one chunk, never a whole period.
 * Writes wait for the reader (backpressure), so a slow download does not
 * pile chunks up in the isolate.
 */
export function archiveStream(src: ArchiveSources): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>(undefined, undefined, { highWaterMark: 4 });
  const writer = writable.getWriter();
  let pending: Promise<void> = Promise.resolve();
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      void writer.abort(err).catch(() => undefined);
      return;
    }
    pending = pending.then(() => writer.write(chunk));
    if (final) pending = pending.then(() => writer.close());
  });

  const entry = (path: string, at: Date): ZipPassThrough => {
    const file = new ZipPassThrough(path);
    file.mtime = at;
    zip.add(file);
    return file;
  };

  void (async () => {
    try {
      for (const f of src.inMemory) entry(f.path, src.at).push(f.bytes, true);
      for (const f of src.originals) {
        const object = await src.bucket.get(f.r2Key);
        if (!object) {
          // Never silently shorter: a missing original leaves a note where it should be.
          entry(`${f.path}（原件缺失）.txt`, new Date(f.sentAt)).push(ENCODER.encode(`原件 ${f.sha256} 已不在存储中，请联系管理员。`), true);
          continue;
        }
        const file = entry(f.path, new Date(f.sentAt));
        const reader = object.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          file.push(value);
          await pending;
          await writer.ready;
        }
        file.push(new Uint8Array(0), true);
      }
      zip.end();
      await pending;
    } catch (error) {
      await writer.abort(error).catch(() => undefined);
    }
  })();
  return readable;
}

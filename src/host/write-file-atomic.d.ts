/**
 * The part of write-file-atomic (v7, untyped) that host/durable-write.ts uses: writes to a temporary file
 * in the same folder, fsyncs it and renames it over `file`.
 */
declare module 'write-file-atomic' {
  export interface WriteFileAtomicOptions {
    encoding?: BufferEncoding;
    mode?: number;
    fsync?: boolean;
  }
  export default function writeFileAtomic(
    file: string,
    data: string | Uint8Array,
    options?: WriteFileAtomicOptions,
  ): Promise<void>;
}

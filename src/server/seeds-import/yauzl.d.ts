// The part of yauzl (2.x) that read-boundaries.ts uses. yauzl ships no types and @types/yauzl is not
// installed; drop this file if that package is added.
declare module 'yauzl' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';

  export interface Entry {
    fileName: string;
    uncompressedSize: number;
  }

  export interface ZipFile extends EventEmitter {
    readEntry(): void;
    openReadStream(entry: Entry, callback: (error: Error | null, stream?: Readable) => void): void;
    close(): void;
  }

  export function open(
    path: string,
    options: { lazyEntries?: boolean; autoClose?: boolean },
    callback: (error: Error | null, zipfile?: ZipFile) => void,
  ): void;
}

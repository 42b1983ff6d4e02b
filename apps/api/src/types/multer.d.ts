// multer ships no types of its own; this declares the part of it the quarter import uses.
declare module 'multer' {
  import type { Request, Response } from 'express';

  namespace multer {
    interface File { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }
    interface Limits { fieldNameSize?: number; fieldSize?: number; fields?: number; fileSize?: number; files?: number; parts?: number; headerPairs?: number }
    interface Options { storage?: unknown; limits?: Limits }
    type Handler = (req: Request, res: Response, next: (error?: unknown) => void) => void;
    interface Instance { single(field: string): Handler }
    class MulterError extends Error { code: string; field?: string }
    function memoryStorage(): unknown;
  }
  function multer(options?: multer.Options): multer.Instance;
  export default multer;
}

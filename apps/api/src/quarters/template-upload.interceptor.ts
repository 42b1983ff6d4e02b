import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import { DomainError, FILE_WORDS, IMPORT_FILE_FIELD, IMPORT_MAX_BYTES } from '@lab/domain';

/** A bad upload: 400 naming the file field, as every bad input is answered. */
export function fileRefused(words: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${IMPORT_FILE_FIELD} ${words}.`, { errors: { [IMPORT_FILE_FIELD]: words } });
}

/**
 * Takes one spreadsheet from a multipart upload into memory, through multer with its limits: past 5 MB the
 * upload is cut off while it arrives (and the rest drained unread), never buffered whole. Every failure of the
 * upload, multer's or the multipart parser's, answers 400 naming the file field.
 */
@Injectable()
export class TemplateUploadInterceptor implements NestInterceptor {
  private readonly upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 8, fieldSize: 1024, fieldNameSize: 100, parts: 10, headerPairs: 100 },
  }).single(IMPORT_FILE_FIELD);

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) => {
      this.upload(http.getRequest<Request>(), http.getResponse<Response>(), (error?: unknown) => (error ? reject(refusal(error)) : resolve()));
    });
    return next.handle();
  }
}

function refusal(error: unknown): DomainError {
  const code = (error as { code?: unknown })?.code;
  if (code === 'LIMIT_FILE_SIZE') return fileRefused(FILE_WORDS.tooLarge);
  if (typeof code === 'string' && code.startsWith('LIMIT_')) return fileRefused(FILE_WORDS.unexpected);
  // The multipart parser's own complaints (a truncated or malformed body): the upload did not arrive whole.
  return fileRefused(FILE_WORDS.unreadable);
}

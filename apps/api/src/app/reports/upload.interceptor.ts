import {
  BadRequestException,
  Inject,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { safeEntryPath } from '@ogi/report-ingestion';
import type { Request, Response } from 'express';
import multer, { type StorageEngine } from 'multer';
import type { Observable } from 'rxjs';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { readMultipart } from '../uploads/read-multipart';

/** The multipart field the reports are uploaded in. */
export const UPLOAD_FIELD = 'files';

/** One uploaded file, held in memory for the request only. */
export interface UploadedReport {
  name: string;
  bytes: Buffer;
}

/** Bytes already read of each request's files (the per-request limit). */
const requestBytes = new WeakMap<object, number>();

/**
 * Memory storage that stops reading a file as soon as it passes the limit per file or the whole
 * request passes its limit, and names the file in the error (multer's own fileSize limit names
 * only the field).
 */
function limitedMemoryStorage(maxBytes: number, maxRequestBytes: number): StorageEngine {
  return {
    _handleFile(req, file, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      file.stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        const total = (requestBytes.get(req) ?? 0) + chunk.length;
        requestBytes.set(req, total);
        if (total > maxRequestBytes) {
          failed = true;
          file.stream.resume();
          callback(
            new PayloadTooLargeException(
              `${file.originalname}: the files of this upload together pass the limit of ${maxRequestBytes} bytes per request (MAX_UPLOAD_REQUEST_BYTES); nothing was stored. 本次上传的文件合计超过每次上传 ${maxRequestBytes} 字节的上限，未保存任何文件`,
            ),
          );
          return;
        }
        if (size > maxBytes) {
          failed = true;
          file.stream.resume();
          callback(
            new PayloadTooLargeException(
              `${file.originalname}: the file is larger than the upload limit of ${maxBytes} bytes (MAX_UPLOAD_BYTES); nothing was stored. 文件超过单个文件 ${maxBytes} 字节的上传上限，未保存任何文件`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      file.stream.on('error', (err) => {
        if (!failed) callback(err);
      });
      file.stream.on('end', () => {
        if (!failed) callback(null, { buffer: Buffer.concat(chunks, size), size });
      });
    },
    _removeFile(_req, file, callback) {
      (file as { buffer?: Buffer }).buffer = undefined;
      callback(null);
    },
  };
}

function describeMulterError(err: multer.MulterError, maxFiles: number): string {
  switch (err.code) {
    case 'LIMIT_UNEXPECTED_FILE':
      return `unexpected file field "${err.field}": upload the reports in the multipart field "${UPLOAD_FIELD}"`;
    case 'LIMIT_FILE_COUNT':
      return `too many files in one upload: at most ${maxFiles} (MAX_UPLOAD_FILES); nothing was stored`;
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_COUNT':
      return 'too many form fields in the upload';
    // multer's own message names these limits; file size is the storage's (above), not multer's.
    case 'LIMIT_FIELD_KEY':
    case 'LIMIT_FIELD_VALUE':
    case 'LIMIT_FILE_SIZE':
    case 'MISSING_FIELD_NAME':
    default:
      return `the upload could not be read: ${err.message}`;
  }
}

/**
 * Reads `multipart/form-data` with the files in field `files` into memory (UTF-8 file names),
 * within MAX_UPLOAD_BYTES per file, MAX_UPLOAD_FILES and MAX_UPLOAD_REQUEST_BYTES per request. Anything else is a 400/413
 * with a specific message before any file is processed.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<multer.Multer['array']>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.upload = multer({
      storage: limitedMemoryStorage(config.upload.maxFileBytes, config.upload.maxRequestBytes),
      limits: { files: config.upload.maxFiles, fields: 20, fieldSize: 1024 },
      defParamCharset: 'utf8',
    }).array(UPLOAD_FIELD, config.upload.maxFiles);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (!req.is('multipart/form-data')) {
      throw new BadRequestException(
        `send the reports as multipart/form-data in the field "${UPLOAD_FIELD}" (got ${req.headers['content-type'] ?? 'no content type'})`,
      );
    }
    await readMultipart(req, res, this.upload, (err) => {
      if (err instanceof multer.MulterError) {
        const message = describeMulterError(err, this.config.upload.maxFiles);
        return err.code === 'LIMIT_FILE_COUNT'
          ? new PayloadTooLargeException(message)
          : new BadRequestException(message);
      }
      if (err instanceof PayloadTooLargeException || err instanceof BadRequestException) return err;
      return new BadRequestException(`the upload could not be read: ${(err as Error).message}`);
    });
    return next.handle();
  }
}

/**
 * A client's file name as a label: its last segment only (`../../etc/passwd.txt` is
 * `passwd.txt`), without control characters. Names are never used as paths, but they are shown
 * and stored, and a folder part means nothing here.
 */
export function uploadName(name: string): string {
  return safeEntryPath(name).split('/').pop() || 'upload';
}

/** The files multer stored on the request, as UploadedReport. */
export function uploadedReports(req: Request): UploadedReport[] {
  const files = (req.files ?? []) as { originalname: string; buffer?: Buffer }[];
  return files.map((file) => ({
    name: uploadName(file.originalname),
    bytes: file.buffer ?? Buffer.alloc(0),
  }));
}

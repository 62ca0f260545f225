import {
  BadRequestException,
  Inject,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { readMultipart } from '../../uploads/read-multipart';

/** The multipart field of a hierarchy file. */
export const IMPORT_FIELD = 'file';

/** Reads one file from the multipart field `file` into memory, within MAX_UPLOAD_BYTES. */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<multer.Multer['single']>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { files: 1, fileSize: config.upload.maxFileBytes, fields: 5 },
      defParamCharset: 'utf8',
    }).single(IMPORT_FIELD);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (!req.is('multipart/form-data')) {
      throw new BadRequestException(
        `send the file as multipart/form-data in the field "${IMPORT_FIELD}"`,
      );
    }
    await readMultipart(req, res, this.upload, (err) =>
      err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE'
        ? new PayloadTooLargeException(
            `the file is larger than the upload limit of ${this.config.upload.maxFileBytes} bytes (MAX_UPLOAD_BYTES)`,
          )
        : new BadRequestException(
            `the upload could not be read (send one file in the field "${IMPORT_FIELD}"): ${(err as Error).message}`,
          ),
    );
    if (!req.file) throw new BadRequestException(`no file in the field "${IMPORT_FIELD}"`);
    return next.handle();
  }
}

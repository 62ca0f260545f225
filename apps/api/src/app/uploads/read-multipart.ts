import type { HttpException } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Runs a multer middleware on the request and settles when it has read the body; a failure is
 * turned into the HTTP error the caller chooses (each upload names its own field and limits).
 */
export function readMultipart(
  req: Request,
  res: Response,
  middleware: RequestHandler,
  toHttpError: (err: unknown) => HttpException,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    middleware(req, res, (err: unknown) => (err ? reject(toHttpError(err)) : resolve()));
  });
}

import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UnsupportedMediaTypeException,
  UseInterceptors,
  type CanActivate,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { isSafeMethod } from './safe-methods';

const MULTIPART_KEY = 'ogi:multipart';

/**
 * A route that takes file uploads, read by `interceptor`: it accepts multipart/form-data as well
 * as JSON. The one way to let multipart in, so the guard and the reader cannot disagree.
 */
export const TakesFiles = (interceptor: Type<NestInterceptor>) =>
  applyDecorators(SetMetadata(MULTIPART_KEY, true), UseInterceptors(interceptor));

/** Whether a route handler (or its controller) was declared with TakesFiles. */
export function takesFiles(
  reflector: Reflector,
  targets: Parameters<Reflector['getAllAndOverride']>[1],
): boolean {
  return reflector.getAllAndOverride<boolean | undefined>(MULTIPART_KEY, targets) === true;
}

/**
 * Writes with a body take JSON only (multipart too on TakesFiles routes), else 415. A form post
 * from another site (`application/x-www-form-urlencoded`, `text/plain`, which browsers send
 * without asking) thus never reaches a handler, whatever the origin check says. Registered as a
 * global guard; a write without a body (logout, delete) passes, and so does a body without a
 * type nor a length, which no parser reads.
 */
@Injectable()
export class JsonBodyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (isSafeMethod(req.method)) return true;
    const multipart = takesFiles(this.reflector, [context.getHandler(), context.getClass()]);
    const types = multipart ? ['application/json', 'multipart/form-data'] : ['application/json'];
    // Neither a type nor a length: nothing to read (an empty chunked body, as Node clients send).
    if (req.get('Content-Type') === undefined && !(Number(req.get('Content-Length')) > 0)) {
      return true;
    }
    // null: an empty body.
    if (req.is(types) !== false) return true;
    throw new UnsupportedMediaTypeException(
      `请求体须为 JSON（Content-Type: application/json${multipart ? '，上传文件用 multipart/form-data' : ''}），收到的是 ${req.get('Content-Type') ?? '无 Content-Type'}`,
    );
  }
}

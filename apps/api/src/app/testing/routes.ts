import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ACCESS_KEY, type AccessDeclaration } from '../auth/access.decorator';
import { takesFiles } from '../security/json-body.guard';
import { API_PREFIX } from '../setup-app';

export interface AppRoute {
  /** `GET /api/reports/:id` */
  key: string;
  method: string;
  path: string;
  declaration: AccessDeclaration | undefined;
  /** Declared with TakesFiles: accepts multipart bodies. */
  takesFiles: boolean;
  controller: string;
  handler: string;
}

const join = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');

/** Every route of every controller in the app, with its access declaration (as the guard reads it). */
export function listRoutes(app: INestApplication): AppRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const routes: AppRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: never[]) => object) | undefined;
    if (!type || !wrapper.instance) continue;
    const base = Reflect.getMetadata(PATH_METADATA, type) as string | string[] | undefined;
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const declaration = reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_KEY, [
        handler,
        type,
      ]);
      for (const b of [base ?? ''].flat()) {
        for (const p of [path].flat()) {
          const full = join(API_PREFIX, b, p);
          routes.push({
            key: `${method} ${full}`,
            method,
            path: full,
            declaration,
            takesFiles: takesFiles(reflector, [handler, type]),
            controller: type.name,
            handler: name,
          });
        }
      }
    }
  }
  return routes;
}

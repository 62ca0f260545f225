/**
 * The api's answers as types, generated from its OpenAPI document (openapi.json, written with
 * openapi-types.ts by `npm run contract:generate` from the api's DTOs and controllers). The web
 * and report-charts read answer types only from here; the aliases below name them by schema or
 * by route.
 */
import type { components, paths } from './openapi-types';

export type { components, operations, paths } from './openapi-types';

/** Every route of the api lives under this prefix; the paths below are written without it. */
export const API_PREFIX = '/api';

/** A schema of the document by name, e.g. `Schema<'SummaryDto'>`. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** The JSON body of an operation's success answer (200, else 201). */
type JsonSuccess<Operation> = Operation extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : Operation extends { responses: { 201: { content: { 'application/json': infer Body } } } }
    ? Body
    : never;

type HttpMethod = 'get' | 'post' | 'patch' | 'delete';
type Unprefixed<Path> = Path extends `${typeof API_PREFIX}${infer Rest}` ? Rest : never;
type Prefixed<Path extends string> = Extract<`${typeof API_PREFIX}${Path}`, keyof paths>;

/** The routes (without /api) that answer `method` with a JSON body, e.g. `'/stats/summary'`. */
export type JsonPath<M extends HttpMethod> = {
  [P in keyof paths]: [JsonSuccess<paths[P][M]>] extends [never] ? never : Unprefixed<P>;
}[keyof paths];

export type GetPath = JsonPath<'get'>;

/** The JSON body a route answers to `method`, e.g. `ResponseOf<'post', '/reports'>`. */
export type ResponseOf<M extends HttpMethod, P extends JsonPath<M>> = JsonSuccess<
  paths[Prefixed<P>][M]
>;

/** The 200 JSON body of a GET route, e.g. `GetResponse<'/offices/{id}'>`. */
export type GetResponse<P extends GetPath> = ResponseOf<'get', P>;

/** The `{name}` parameters of a route's path, or never when it has none. */
export type PathParams<
  M extends HttpMethod,
  P extends JsonPath<M>,
> = paths[Prefixed<P>][M] extends { parameters: { path: infer Params } } ? Params : never;

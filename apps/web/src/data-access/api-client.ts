import type { GetPath, GetResponse, PathParams, ResponseOf } from '@ogi/api-contract';

import {
  officeListQuery,
  queryParams,
  queryString,
  type BodyInput,
  type QueryInput,
  type selectionBody,
} from '@ogi/api-params';
import { signalNetworkFailure } from './connection';
import { csrfHeaders, signalUnauthorized } from './session';

type Params = Record<string, string | number | undefined | null>;

/** An API call that failed; `message` is a plain Chinese sentence for the page. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// Query strings are written as the API's declarations read them (commas left readable).
export { queryString };

/** The Chinese message for a failed answer. */
export function errorMessage(status: number | null, detail?: string): string {
  if (status === null) return '无法连接服务器，请检查网络或稍后重试。';
  if (status === 401) return '登录已失效，请重新登录。';
  if (status === 403) return `没有权限执行此操作。${detail ? `（${detail}）` : ''}`;
  if (status === 400) return `请求参数无效，请调整筛选条件后重试。${detail ? `（${detail}）` : ''}`;
  if (status === 404) return '未找到请求的数据。';
  if (status === 409) return `操作与现有数据冲突。${detail ? `（${detail}）` : ''}`;
  if (status >= 500) return `服务器出错（HTTP ${status}），请稍后重试。`;
  return `请求失败（HTTP ${status}）。`;
}

/** The `{name}` parts of a path: names from the contract, values printed into the URL. */
type PathValues<Names> = { [Name in keyof Names]: string | number };

/**
 * A GET route's arguments: its query (plus, when the path has `{name}` parts, their values), and
 * the signal. The answer's type is the route's 200 body in the api contract.
 */
type GetArgs<P extends GetPath> = [PathParams<'get', P>] extends [never]
  ? [params?: Params, signal?: AbortSignal]
  : [params: Params & PathValues<PathParams<'get', P>>, signal?: AbortSignal];

/** The path with its `{name}` parts filled from `params`, and the params left for the query. */
export function fillPath(path: string, params: Params): { url: string; query: Params } {
  const query = { ...params };
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = query[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`${path}: no value for {${name}}`);
    }
    delete query[name];
    return encodeURIComponent(String(value));
  });
  return { url, query };
}

export async function apiGet<P extends GetPath>(
  path: P,
  ...[params = {}, signal]: GetArgs<P>
): Promise<GetResponse<P>> {
  const { url, query } = fillPath(path, params);
  let res: Response;
  try {
    res = await fetch(`/api${url}${queryString(query)}`, {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw networkFailure();
  }
  return readAnswer<GetResponse<P>>(res);
}

/** The error of a request that got no answer, told to the rest of the app (the health badge). */
export function networkFailure(): ApiError {
  signalNetworkFailure();
  return new ApiError(errorMessage(null), null);
}

/**
 * A write (POST, PATCH, DELETE) with the session's CSRF token; `body` as JSON, or FormData for
 * uploads. Every write of the web app goes through here. A refusal says the server's specific
 * reason (its problem list or message) after a Chinese sentence.
 */
export async function apiSend<T>(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      signal,
      headers: {
        Accept: 'application/json',
        ...(body === undefined || isForm ? {} : { 'Content-Type': 'application/json' }),
        ...csrfHeaders(),
      },
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw networkFailure();
  }
  if (res.status === 401) signalUnauthorized();
  if (!res.ok) {
    const detail = await problemDetail(res);
    throw new ApiError(actionErrorMessage(res.status, detail), res.status, detail);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/**
 * The specific reason of a refused request from its problem body (`{message, problems}`): the
 * web shows it beside its own Chinese sentence, so causes like "名称已存在" are never hidden.
 */
async function problemDetail(res: Response): Promise<string | undefined> {
  try {
    const body = (await res.json()) as { message?: unknown; problems?: unknown };
    if (Array.isArray(body.problems) && body.problems.length) return body.problems.join('；');
    if (typeof body.message === 'string') return body.message;
    if (Array.isArray(body.message)) return body.message.join('；');
  } catch {
    // no JSON body
  }
  return undefined;
}

/** The Chinese sentence for a refused action, with the server's reason when it gave one. */
export function actionErrorMessage(status: number, detail?: string): string {
  const reason = detail ? `：${detail}` : '。';
  if (status === 400) return `请求内容有误${reason}`;
  if (status === 403) return `没有权限执行此操作${reason}`;
  if (status === 404) return `要操作的对象不存在（可能已被删除）${reason}`;
  if (status === 409) return `操作与现有数据冲突${reason}`;
  if (status === 413) return `文件过大或文件数过多${reason}`;
  if (status === 429) return `操作过于频繁${reason}`;
  if (status >= 500) return `服务器出错（HTTP ${status}），请稍后重试${reason}`;
  return `请求失败（HTTP ${status}）${reason}`;
}

async function readAnswer<T>(res: Response): Promise<T> {
  if (res.status === 401) signalUnauthorized();
  if (!res.ok) throw await apiFailure(res);
  return (await res.json()) as T;
}

/** The ApiError of a refused answer, with the server's message when it sent one. */
export async function apiFailure(res: Response): Promise<ApiError> {
  let detail: string | undefined;
  try {
    const body = (await res.json()) as { message?: unknown };
    if (typeof body.message === 'string') detail = body.message;
  } catch {
    // no JSON body
  }
  return new ApiError(errorMessage(res.status, detail), res.status, detail);
}

/** Plain Chinese text for any error a query may throw. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return '发生未知错误，请刷新页面后重试。';
}

export const api = {
  years: (signal?: AbortSignal) => apiGet('/stats/years', {}, signal),
  summary: (params: Params, signal?: AbortSignal) => apiGet('/stats/summary', params, signal),
  series: (params: Params, metrics: readonly string[], signal?: AbortSignal) =>
    apiGet('/stats/series', { ...params, metrics: metrics.join(',') }, signal),
  breakdown: (
    params: Params,
    options: {
      metrics: readonly string[];
      groupBy: 'region' | 'office';
      level?: string;
      limit?: number;
    },
    signal?: AbortSignal,
  ) =>
    apiGet(
      '/stats/breakdown',
      { ...params, ...options, metrics: options.metrics.join(',') },
      signal,
    ),
  matrix: (
    params: Params,
    options: { metric: string; page?: number; pageSize?: number },
    signal?: AbortSignal,
  ) => apiGet('/stats/matrix', { ...params, ...options }, signal),
  regions: (signal?: AbortSignal) => apiGet('/regions', {}, signal),
  offices: (query: QueryInput<typeof officeListQuery.fields>, signal?: AbortSignal) =>
    apiGet('/offices', queryParams(officeListQuery, query), signal),
  office: (id: number, signal?: AbortSignal) => apiGet('/offices/{id}', { id }, signal),
  selection: (id: string, signal?: AbortSignal) => apiGet('/selections/{id}', { id }, signal),
  storeSelection: (lists: BodyInput<typeof selectionBody>) =>
    apiSend<ResponseOf<'post', '/selections'>>('POST', '/selections', lists),
};

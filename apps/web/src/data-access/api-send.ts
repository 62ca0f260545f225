import { ApiError, errorMessage } from './api-client';

/**
 * The specific reason of a refused request from its problem body (`{message, problems}`): the
 * web shows it beside its own Chinese sentence, so "名称已存在" type causes are never hidden.
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

/** A changing request (POST/PATCH/DELETE) with a JSON or multipart body. */
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
        ...(body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(errorMessage(null), null);
  }
  if (!res.ok) {
    const detail = await problemDetail(res);
    throw new ApiError(actionErrorMessage(res.status, detail), res.status, detail);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** The Chinese sentence for a refused action, with the server's reason when it gave one. */
export function actionErrorMessage(status: number, detail?: string): string {
  const reason = detail ? `：${detail}` : '。';
  if (status === 400) return `请求内容有误${reason}`;
  if (status === 404) return `要操作的对象不存在（可能已被删除）${reason}`;
  if (status === 409) return `操作与现有数据冲突${reason}`;
  if (status === 413) return `文件过大或文件数过多${reason}`;
  if (status >= 500) return `服务器出错（HTTP ${status}），请稍后重试${reason}`;
  return `请求失败（HTTP ${status}）${reason}`;
}

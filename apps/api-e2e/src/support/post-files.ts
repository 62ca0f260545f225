import { request } from 'node:http';

export interface PostResult {
  status: number;
  text: string;
}

/**
 * POSTs files as multipart/form-data in the field `files` on a connection of its own: a reused
 * keep-alive socket that the server closed while idle would fail the request on the client side
 * and be miscounted as a server failure.
 */
export async function postFiles(
  url: string,
  files: { name: string; bytes: Uint8Array }[],
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const form = new FormData();
  // A copy: Blob wants bytes on an ArrayBuffer (not a possibly shared one).
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)]), file.name);
  const encoded = new Request(url, { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  return new Promise((done, fail) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          ...headers,
          'Content-Type': encoded.headers.get('content-type') ?? 'multipart/form-data',
          'Content-Length': String(body.length),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

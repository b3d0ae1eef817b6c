/** A loopback HTTP server that serves the files of one directory (a release mirror); counts requests. */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import * as path from 'node:path';

export async function startStaticFileServer(root) {
  const served = [];
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, path.normalize(rel));
    served.push(`${req.method} ${rel}`);
    let info;
    try {
      info = file.startsWith(root) ? statSync(file) : undefined;
    } catch {
      info = undefined;
    }
    if (!info?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': info.size });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    served,
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

// The HTTP floor of scripts/bench.mjs: each endpoint's floor SQL answered over node:http with no framework, no
// sign-in and no validation, through a pg.Pool as large as the API's, its first query's rows sent as
// JSON.stringify writes them (the count, where there is one, in Content-Range), with helmet's headers. What any
// HTTP answer of the same rows costs on this machine: the API's figures beside it show what the product adds.
//
// Run as a child process: PORT=… DATABASE_URL=… ROUTES='{"/floor/key/0": [[sql, params], …], …}' node scripts/lib/http-floor.mjs
import { createServer } from 'node:http';
import pg from 'pg';
import { helmetHeaders } from './adapter-app.mjs';

/** The API's pool size (apps/api/src/database/data-source.ts). */
export const POOL_SIZE = 20;

const { PORT: port, DATABASE_URL: databaseUrl, ROUTES: routesJson } = process.env;
const routes = new Map(Object.entries(JSON.parse(routesJson ?? '{}')));
const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
const headers = { ...helmetHeaders(), 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };

async function answer(path) {
  if (path === '/health') return { status: 200, body: { status: 'ok' } };
  const queries = routes.get(path);
  if (!queries) return { status: 404, body: { message: `no floor at ${path}` } };
  const results = [];
  for (const [sql, params] of queries) results.push(await pool.query(sql, params));
  const count = results.find((r) => r.fields.length === 1 && r.fields[0].name === 'count');
  return { status: 200, body: results[0].rows, range: count ? `items 0-${results[0].rowCount - 1}/${count.rows[0].count}` : undefined };
}

// Requests still being answered, and who waits for there to be none: the bench asks /drained after each
// load, so that queries autocannon no longer waits for do not run on into the next endpoint's figures.
let inFlight = 0;
let drained = [];
const settle = () => {
  if (inFlight > 0) return;
  for (const done of drained) done();
  drained = [];
};

const server = createServer((req, res) => {
  if (req.url === '/drained') {
    drained.push(() => res.writeHead(200).end());
    settle();
    return;
  }
  inFlight++;
  res.once('close', () => { inFlight--; settle(); });
  answer(req.url).then(({ status, body, range }) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(text), ...(range ? { 'Content-Range': range } : {}) });
    res.end(text);
  }, (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    res.writeHead(500).end();
  });
});
server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => { server.close(); server.closeAllConnections(); pool.end().then(() => process.exit(0)); });

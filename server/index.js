/**
 * The production server: adapter-node's handler wrapped with security headers (see headers.js).
 * `npm run serve` runs it; `npm start` builds first when needed. PORT (default 3000) and HOST apply.
 */
import http from 'node:http';
import { applySecurityHeaders } from './headers.js';

// adapter-node assumes https unless ORIGIN or PROTOCOL_HEADER is set, and SvelteKit's origin check then refuses
// every form post made over plain http. When neither is set, tell it what this socket really is (plain http).
// Behind a TLS proxy, set ORIGIN (or PROTOCOL_HEADER=x-forwarded-proto) as adapter-node's docs say.
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = 'x-sourcebook-protocol';

const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = http.createServer((req, res) => {
	const pathname = new URL(req.url ?? '/', 'http://x').pathname;
	applySecurityHeaders(pathname, res);
	if (ownProtocol) req.headers['x-sourcebook-protocol'] = 'http';
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
	});
});

server.listen(port, host, () => {
	console.log(`Sourcebook listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

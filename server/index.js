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

// Quiz submissions are answered by the app's own code without SvelteKit's Request/Response objects (the
// app registers it on start-up: src/hooks.server.ts, src/lib/server/node-submit.ts).
/** @type {{ submissionCode(method: string | undefined, pathname: string): string | undefined, serveSubmission(req: http.IncomingMessage, res: http.ServerResponse, code: string, origin: string): Promise<void> } | undefined} */
const submissions = /** @type {any} */ (globalThis)[Symbol.for('sourcebook.submissions')];
const protocolHeader = (process.env.PROTOCOL_HEADER ?? '').toLowerCase();
const hostHeader = (process.env.HOST_HEADER ?? '').toLowerCase();

/** This server's origin as adapter-node works it out: ORIGIN, else the protocol and host headers. */
function originOf(/** @type {http.IncomingMessage} */ req) {
	if (process.env.ORIGIN) return new URL(process.env.ORIGIN).origin;
	const first = (/** @type {string | string[] | undefined} */ v) =>
		String(v ?? '')
			.split(',')[0]
			?.trim();
	const protocol = (protocolHeader && first(req.headers[protocolHeader])) || 'https';
	const host = (hostHeader && first(req.headers[hostHeader])) || req.headers.host || 'localhost';
	return `${protocol}://${host}`;
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = http.createServer((req, res) => {
	const pathname = new URL(req.url ?? '/', 'http://x').pathname;
	applySecurityHeaders(pathname, res);
	if (ownProtocol) req.headers['x-sourcebook-protocol'] = 'http';
	const code = submissions?.submissionCode(req.method, pathname);
	if (code !== undefined) {
		submissions?.serveSubmission(req, res, code, originOf(req)).catch((e) => {
			// the answer could not be written (the client went away): nothing to tell it
			console.error('submission response failed', e);
			res.destroy();
		});
		return;
	}
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

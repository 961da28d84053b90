/**
 * Security headers for every response, prerendered or not. adapter-node serves prerendered pages and
 * static files before SvelteKit's `handle` hook runs, so these are set here, around its handler.
 * Only /embed/* (and the oEmbed endpoint) may be framed by other sites; everything else refuses framing.
 */

/** @param {string} pathname */
export function isEmbeddable(pathname) {
	return pathname.startsWith('/embed/') || pathname === '/oembed';
}

/** @param {string} pathname */
export function frameAncestors(pathname) {
	return isEmbeddable(pathname) ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

/**
 * Apply the headers to a Node response, merging `frame-ancestors` into any CSP that SvelteKit sets
 * later (SvelteKit sets its own script hashes on server-rendered pages).
 * @param {string} pathname
 * @param {import('node:http').ServerResponse} res
 */
export function applySecurityHeaders(pathname, res) {
	const fa = frameAncestors(pathname);
	res.setHeader('Content-Security-Policy', fa);
	if (!isEmbeddable(pathname)) res.setHeader('X-Frame-Options', 'DENY');
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
	res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	res.setHeader('Cross-Origin-Opener-Policy', isEmbeddable(pathname) ? 'unsafe-none' : 'same-origin');
	const setHeader = res.setHeader.bind(res);
	res.setHeader = (name, value) => {
		if (String(name).toLowerCase() === 'content-security-policy' && !/frame-ancestors/.test(String(value)))
			value = `${value}; ${fa}`;
		return setHeader(name, value);
	};
}

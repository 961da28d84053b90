import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'devalue';
import {
	actionFailure,
	classSubmit,
	flushGate,
	itemsFromPageData,
	queuedSubmission,
	replayOutcome,
	replayQueue,
	replayRequest,
	type QueuedSubmission
} from './offline-queue';

describe('classSubmit', () => {
	it('recognises the class quiz form action only', () => {
		expect(classSubmit(new URL('http://x/class/K7QP-3M/quiz/numbers?/submit'))).toEqual({
			code: 'K7QP-3M',
			quiz: 'numbers'
		});
		expect(classSubmit(new URL('http://x/class/K7QP/quiz/numbers'))).toBeUndefined();
		expect(classSubmit(new URL('http://x/quizzes/numbers/check?/submit'))).toBeUndefined();
	});
});

describe('replayOutcome', () => {
	it('keeps retrying only what may succeed later', () => {
		expect([200, 201, 400, 401, 403, 404, 409, 413, 429, 500, 503].map(replayOutcome)).toEqual([
			'done',
			'done',
			'drop',
			'drop',
			'drop',
			'drop',
			'drop',
			'drop',
			'retry',
			'retry',
			'retry'
		]);
	});
});

const entry = (id: string, code = 'K7QP'): QueuedSubmission =>
	queuedSubmission({ code, quiz: 'numbers' }, id, { 'numbers-01': 'a' }, 1);

describe('replayRequest', () => {
	it("posts the submission as JSON to its class's API, with its id for a safe replay", () => {
		const { url, init } = replayRequest(entry('s1', 'A B'));
		expect(url).toBe('/api/class/A%20B/submissions');
		expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
		expect(JSON.parse(init.body as string)).toEqual({
			submissionId: 's1',
			quizId: 'numbers',
			answers: { 'numbers-01': 'a' }
		});
	});
});

describe('replayQueue', () => {
	it('drops what was stored or refused, keeps what may succeed later, and skips unreadable entries', async () => {
		const status: Record<string, number | Error> = { s1: 201, s2: 503, s3: 400, s4: new Error('offline') };
		const dropped: string[] = [];
		const waiting = await replayQueue(['s1', 's2', 'gone', 's3', 's4'], {
			read: async (k) => (k === 'gone' ? undefined : entry(k)),
			send: async ({ init }) => {
				const s = status[JSON.parse(init.body as string).submissionId]!;
				if (s instanceof Error) throw s;
				return s;
			},
			drop: async (k) => dropped.push(k)
		});
		expect(waiting).toBe(2);
		expect(dropped).toEqual(['s1', 's3']);
	});
});

describe('flushGate', () => {
	it('runs one flush at a time, and skips a second within the gap unless forced', async () => {
		let clock = 10_000;
		let runs = 0;
		let release = () => {};
		const flush = flushGate(
			() => {
				const n = ++runs;
				return new Promise<number>((r) => (release = () => r(n)));
			},
			5000,
			() => clock
		);
		const a = flush();
		expect(flush(true)).toBe(a); // the one in flight is shared
		release();
		expect(await a).toBe(1);
		clock += 1000;
		expect(await flush()).toBe(-1); // too soon
		const b = flush(true);
		release();
		expect(await b).toBe(2);
		clock += 5000;
		const c = flush();
		release();
		expect(await c).toBe(3);
	});
});

describe('itemsFromPageData', () => {
	it("reads the quiz's items from SvelteKit's devalue-encoded page data", () => {
		const items = [{ id: 'numbers-01', type: 'single' }];
		const node = (data: unknown) => ({ type: 'data', data: JSON.parse(stringify(data)) as unknown[] });
		expect(itemsFromPageData({ nodes: [node({ user: 1 }), null, node({ quiz: { items } })] })).toEqual(items);
		expect(itemsFromPageData({ nodes: [node({ user: 1 }), { type: 'skip', data: [] }] })).toBeUndefined();
		expect(itemsFromPageData({})).toBeUndefined();
	});
});

describe('actionFailure', () => {
	it('answers an enhanced form the way SvelteKit does, with the answers kept and nothing cached', async () => {
		const res = actionFailure(503, { ok: false, error: 'Queued.', answers: { a: 1 } });
		expect(res.headers.get('cache-control')).toBe('no-store');
		const body = (await res.json()) as { type: string; status: number; data: string };
		expect(body).toMatchObject({ type: 'failure', status: 503 });
		expect(JSON.parse(body.data)).toBeInstanceOf(Array); // devalue's encoding
		expect(parse(body.data)).toEqual({ ok: false, error: 'Queued.', answers: { a: 1 } });
	});
});

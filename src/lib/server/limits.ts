/**
 * The rate limits of the class pages (see ratelimit.ts). Keys pair the class (or student) with the
 * client, so one school address is never the whole key: 35 students joining one class within a minute
 * from one address all get in; one device cannot flood a class, and no one can guess codes quickly.
 */
import { RateLimiter } from './ratelimit';

const perMinute = (n: number) => ({ burst: n, perSecond: n / 60 });

export const limits = {
	/** one device joining one class: a shared Chromebook passes between a few students */
	joinPerClient: new RateLimiter(perMinute(6)),
	/** all joins into one class: a class of 35 (or a few merged periods) at once */
	joinPerClass: new RateLimiter({ burst: 80, perSecond: 1 }),
	/** everything unauthenticated from one address: a ceiling for floods, far above a school's needs */
	anonPerAddress: new RateLimiter({ burst: 600, perSecond: 10 }),
	/** codes that match no class, per client: guessing class codes */
	missPerClient: new RateLimiter(perMinute(20)),
	/** resume attempts at one nickname in one section: guessing a resume code */
	resumePerStudent: new RateLimiter({ burst: 10, perSecond: 10 / 900 }),
	resumePerClient: new RateLimiter(perMinute(10)),
	/** a student's submissions: a quiz a minute is plenty; the burst lets an offline queue replay */
	submitPerStudent: new RateLimiter({ burst: 60, perSecond: 1 }),
	/** a student's other writes (marking lessons read) */
	writePerStudent: new RateLimiter({ burst: 60, perSecond: 1 }),
	/** assignments created by one client, and by one address */
	createPerClient: new RateLimiter({ burst: 10, perSecond: 10 / 3600 }),
	createPerAddress: new RateLimiter({ burst: 60, perSecond: 60 / 3600 }),
	/** teacher links that match nothing: guessing keys (hopeless at 192 bits, but cheap to refuse) */
	badKeyPerClient: new RateLimiter(perMinute(20))
};

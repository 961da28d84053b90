/**
 * Server settings, from the environment (read at run time, so one build serves any deployment):
 *   DATABASE_URL                  PostgreSQL connection string; unset → embedded SQLite
 *   DATABASE_PATH                 the SQLite file (default data/sourcebook.db)
 *   SQLITE_SYNCHRONOUS            FULL (default: an acknowledged write survives a power cut) or NORMAL
 *   SOURCEBOOK_RETENTION_DAYS     days an assignment's data is kept before automatic deletion (default 180)
 */
export const config = {
	get retentionDays(): number {
		const n = Number(process.env.SOURCEBOOK_RETENTION_DAYS ?? 180);
		return Number.isFinite(n) && n >= 1 && n <= 3650 ? Math.floor(n) : 180;
	}
};

/** Request body limits, in bytes. */
export const BODY_LIMITS = {
	/** join, resume, assign, close, delete: a few short fields */
	form: 8 * 1024,
	/** a quiz submission: up to 12 items, written justifications included */
	submission: 128 * 1024
};

/** Limits on what a teacher may create. */
export const MAX_SECTIONS = 12;
export const SECTION_NAME_MAX = 60;

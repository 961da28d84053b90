/** Shared helpers for the content loaders: an issue collector and file selection. */
import { ContentError, ContentIssue, type Path } from './parse';

/** Raw files, keyed by their path from the project root ("content/sources/x.yaml"). */
export type ContentFiles = Record<string, string>;

/** Gathers every problem (file, field, line) so that all are reported at once. */
export class Collector {
	issues: ContentIssue[] = [];
	add(file: string, path: Path, message: string, line?: number) {
		this.issues.push(new ContentIssue(file, path, message, line));
	}
	/** run fn, keeping its ContentErrors as issues; returns undefined if it failed */
	try<T>(fn: () => T): T | undefined {
		try {
			return fn();
		} catch (e) {
			if (e instanceof ContentError) this.issues.push(...e.issues);
			else throw e;
			return undefined;
		}
	}
	throwIfAny() {
		if (this.issues.length) throw new ContentError(this.issues);
	}
}

/** The files directly in `dir` (no subfolders) ending in `ext`, sorted. */
export const under = (files: ContentFiles, dir: string, ext: string) =>
	Object.keys(files)
		.filter((p) => p.startsWith(dir) && p.endsWith(ext) && !p.slice(dir.length).includes('/'))
		.sort();

/** "content/figures/x.yaml" → "x" */
export const base = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');

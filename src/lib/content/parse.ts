/**
 * Parsing with locations: YAML and frontmatter are parsed keeping a map from field paths to lines,
 * so that a schema failure can say "content/figures/x.yaml:42 figures[3].quote: expected …".
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export type Path = (string | number)[];

export class ContentIssue {
	constructor(
		public file: string,
		public path: Path,
		public message: string,
		public line?: number
	) {}
	toString() {
		const where = this.line ? `${this.file}:${this.line}` : this.file;
		const field = this.path.length ? ` ${formatPath(this.path)}` : '';
		return `${where}${field}: ${this.message}`;
	}
}

export class ContentError extends Error {
	constructor(public issues: ContentIssue[]) {
		super(
			`Content is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
				issues.map((i) => `  - ${i}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

export function formatPath(path: Path): string {
	return path.reduce<string>(
		(s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : String(p)),
		''
	);
}

/** A parsed document that can tell the line of any field path. */
export interface Located<T = unknown> {
	file: string;
	data: T;
	lineOf(path: Path): number | undefined;
}

export function parseYaml(file: string, text: string, lineOffset = 0): Located {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true });
	if (doc.errors.length) {
		throw new ContentError(
			doc.errors.map((e) => {
				const line = e.linePos?.[0]?.line;
				return new ContentIssue(
					file,
					[],
					`not valid YAML: ${e.message.split('\n')[0]}`,
					line === undefined ? undefined : line + lineOffset
				);
			})
		);
	}
	const lineOf = (path: Path) => {
		// walk up the path until a node with a position is found
		for (let n = path.length; n >= 0; n--) {
			const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
			const range = (node as { range?: [number, number, number] } | undefined)?.range;
			if (range && (n === 0 || isMap(node) || isSeq(node) || node)) {
				return lineCounter.linePos(range[0]).line + lineOffset;
			}
		}
		return undefined;
	};
	return { file, data: doc.toJS(), lineOf };
}

/** Split `---\nfrontmatter\n---\nbody` and parse the frontmatter with line numbers kept. */
export function parseFrontmatter(file: string, text: string): Located & { body: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!m)
		throw new ContentError([new ContentIssue(file, [], 'missing frontmatter (a --- block at the top)', 1)]);
	const located = parseYaml(file, m[1] ?? '', 1);
	return { ...located, body: text.slice(m[0].length) };
}

/** Validate located data against a schema, turning every zod issue into a ContentIssue. */
export function validate<S extends z.ZodType>(schema: S, located: Located): z.output<S> {
	const result = schema.safeParse(located.data);
	if (result.success) return result.data;
	throw new ContentError(
		result.error.issues.map((issue) => {
			const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
			return new ContentIssue(located.file, path, describeIssue(issue), located.lineOf(path));
		})
	);
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type') {
		const missing = /received undefined/.test(issue.message);
		return missing ? `missing (expected ${issue.expected})` : `expected ${issue.expected}: ${issue.message}`;
	}
	if (issue.code === 'invalid_union') return 'expected "unknown" or a value of the documented shape';
	if (issue.code === 'invalid_value') return `expected one of: ${issue.values.map(String).join(', ')}`;
	if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
	if (issue.code === 'invalid_format' || issue.code === 'too_small' || issue.code === 'too_big')
		return `expected ${issue.message}`;
	return issue.message;
}

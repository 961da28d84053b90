/**
 * English UI text: every string a component shows that is not content, one file per domain so that
 * work on one domain never edits another's file. Keys are namespaced ("quiz.check", "charts.tab.table").
 * `{name}` is replaced by a parameter; a key ending in `.one` / `.other` is a plural pair (see `tp`).
 * The Spanish edition adds es/ with the same keys; nothing else changes.
 */
import { core } from './core';
import { charts } from './charts';
import { quiz } from './quiz';
import { lessons } from './lessons';
import { teach } from './teach';
import { classPages } from './class';
import { privacy } from './privacy';
import { tools } from './tools';

export const en = {
	...core,
	...charts,
	...quiz,
	...lessons,
	...teach,
	...classPages,
	...privacy,
	...tools
} as const;
export type MessageKey = keyof typeof en;

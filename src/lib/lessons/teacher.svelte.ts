/**
 * Teacher view: whether teacher notes are shown open. A switch on the lesson page, remembered on the
 * device; while printing, every note is open whatever the switch says.
 */
import { deviceStorage, safeGet, safeSet } from './storage';

export const TEACHER_KEY = 'sourcebook.lessons.teacher.v1';

export class TeacherMode {
	on = $state(false);
	printing = $state(false);
	#storage: Storage | undefined;

	/** notes are open: switched on, or printing */
	get open() {
		return this.on || this.printing;
	}

	load(storage: Storage | undefined = deviceStorage()) {
		this.#storage = storage;
		this.on = safeGet(storage, TEACHER_KEY) === 'on';
	}

	toggle() {
		this.on = !this.on;
		safeSet(this.#storage, TEACHER_KEY, this.on ? 'on' : 'off');
	}
}

export const teacherMode = new TeacherMode();

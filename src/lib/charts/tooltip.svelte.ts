/**
 * Tooltips and keyboard movement for the marks of a chart on a page (hydrated). The marks are links that
 * work without this; with it, hover, focus and a first tap show what a mark is (a second tap follows the
 * link), Escape hides it, and the arrow keys move between marks so the chart is one stop in the tab order.
 */
import { tick } from 'svelte';
import { nextIndex, tipPosition } from './interact';

const datumOf = (target: EventTarget | null) =>
	target instanceof Element ? (target.closest('a.sb-datum') as HTMLAnchorElement | SVGAElement | null) : null;
const visible = (el: Element) => el.getClientRects().length > 0;

export class ChartTips {
	/** the datum shown, and where */
	datum = $state<number | null>(null);
	left = $state(0);
	top = $state(0);
	private pointer = 'mouse';
	/** the mark a first tap has shown (a tap focuses it too, so focus alone does not count) */
	private armed: Element | null = null;

	/** The attachment for the plot element: wires the events and returns the clean-up. */
	attach = (plot: HTMLElement) => {
		const tip = () => plot.querySelector<HTMLElement>('.sb-tip');
		const marks = () => [...plot.querySelectorAll<SVGAElement>('a.sb-datum')].filter(visible);
		const rove = (focused?: Element) => {
			const list = marks();
			const current = focused && list.includes(focused as SVGAElement) ? focused : list[0];
			for (const a of plot.querySelectorAll('a.sb-datum'))
				a.setAttribute('tabindex', a === current ? '0' : '-1');
		};
		const show = async (a: Element) => {
			this.datum = Number(a.getAttribute('data-datum'));
			await tick();
			const el = tip();
			if (!el) return;
			const box = plot.getBoundingClientRect();
			const r = a.getBoundingClientRect();
			const p = tipPosition(
				{ x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height },
				{ w: el.offsetWidth, h: el.offsetHeight },
				box.width
			);
			this.left = p.left;
			this.top = p.top;
		};
		const hide = () => {
			this.datum = null;
			this.armed = null;
		};
		const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void) => {
			plot.addEventListener(type, fn);
			return () => plot.removeEventListener(type, fn);
		};
		rove();
		// the method control and the switch between narrow and wide drawings change which marks are shown
		const frame = plot.closest('.sb-vars') ?? plot;
		const reset = () => {
			if (!plot.contains(document.activeElement)) rove();
		};
		frame.addEventListener('change', reset);
		const resized = new ResizeObserver(reset);
		resized.observe(plot);
		const offs = [
			() => frame.removeEventListener('change', reset),
			() => resized.disconnect(),
			on('focusin', (e) => {
				const a = datumOf(e.target);
				if (!a) return;
				rove(a);
				void show(a);
			}),
			on('focusout', (e) => {
				if (!plot.contains(e.relatedTarget as Node)) {
					hide();
					rove();
				}
			}),
			on('pointerdown', (e) => (this.pointer = e.pointerType)),
			on('pointerover', (e) => {
				const a = datumOf(e.target);
				if (a && e.pointerType === 'mouse') void show(a);
			}),
			on('pointerout', (e) => {
				const to = e.relatedTarget as Node | null;
				if (
					e.pointerType === 'mouse' &&
					datumOf(e.target) &&
					!datumOf(to) &&
					!tip()?.contains(to) &&
					!plot.contains(document.activeElement)
				)
					hide();
			}),
			on('click', (e) => {
				const a = datumOf(e.target);
				// on touch, the first tap shows what the mark is; the second follows the link
				if (a && this.pointer === 'touch' && this.armed !== a) {
					e.preventDefault();
					this.armed = a;
					void show(a);
				}
			}),
			on('keydown', (e) => {
				if (e.key === 'Escape') return hide();
				const a = datumOf(e.target);
				if (!a) return;
				const list = marks();
				const next = nextIndex(e.key, list.indexOf(a as SVGAElement), list.length);
				if (next === undefined) return;
				e.preventDefault();
				list[next]?.focus();
			})
		];
		return () => offs.forEach((off) => off());
	};
}

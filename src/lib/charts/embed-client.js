// The script of a chart embed (inlined; its hash is in the embed's CSP). No framework and no storage, so it
// runs in a frame sandboxed with allow-scripts only. It posts the page height to the parent
// ({ sourcebook: 'height', chart, height }) and, given #?secret=… by WordPress, speaks its embed protocol
// ({ secret, message: 'height', value } and 'link'); it shows a tooltip for a mark on hover, focus or a
// first tap (Escape hides it); #method=with-presumed picks the counting method.
(function () {
	var main = /** @type {HTMLElement} */ (document.querySelector('main'));
	var chart = document.documentElement.getAttribute('data-chart');
	var found = /[#&]\?secret=([0-9A-Za-z]+)/.exec(location.hash);
	var secret = found && found[1];
	var last = 0;
	/** @param {boolean} [force] */
	function post(force) {
		var h = Math.ceil(main.getBoundingClientRect().height);
		if (h === last && !force) return;
		last = h;
		parent.postMessage({ sourcebook: 'height', chart: chart, height: h }, '*');
		if (secret) parent.postMessage({ secret: secret, message: 'height', value: h }, '*');
	}
	if (parent !== window) {
		new ResizeObserver(function () {
			post();
		}).observe(main);
		addEventListener('load', function () {
			post(true);
		});
		addEventListener('message', function (e) {
			var d = e.data || {};
			if ((d.message === 'ready' && d.secret === secret) || d.sourcebook === 'ask') post(true);
		});
		post(true);
	}
	/** @param {EventTarget | null} el @param {string} selector */
	function up(el, selector) {
		return el instanceof Element ? el.closest(selector) : null;
	}
	if (secret)
		document.addEventListener('click', function (e) {
			var a = /** @type {HTMLAnchorElement | null} */ (up(e.target, 'a[href]'));
			if (!a) return;
			e.preventDefault();
			parent.postMessage({ secret: secret, message: 'link', value: a.href }, '*');
		});
	var method = /method=([a-z-]+)/.exec(location.hash);
	var radio = /** @type {HTMLInputElement | null} */ (
		method && document.querySelector('.sb-method input[value="' + method[1] + '"]')
	);
	if (radio) radio.checked = true;

	var plot = /** @type {HTMLElement | null} */ (document.querySelector('.sb-plot'));
	var tip = /** @type {HTMLElement | null} */ (document.querySelector('.sb-tip'));
	if (!plot || !tip) return;
	var box = plot;
	var bubble = tip;
	/** the mark a first tap has shown (a tap focuses it too, so focus alone does not count) @type {Element | null} */
	var armed = null;
	var touch = false;
	/** @param {Element} a */
	function show(a) {
		bubble.textContent = '';
		var b = document.createElement('strong');
		b.textContent = a.getAttribute('data-title');
		var s = document.createElement('span');
		s.textContent = a.getAttribute('data-detail');
		bubble.appendChild(b);
		bubble.appendChild(s);
		bubble.hidden = false;
		var area = box.getBoundingClientRect();
		var r = a.getBoundingClientRect();
		var top = r.top - area.top - bubble.offsetHeight - 8;
		if (top < 0) top = r.bottom - area.top + 8;
		var left = Math.max(
			0,
			Math.min(r.left - area.left + r.width / 2 - bubble.offsetWidth / 2, area.width - bubble.offsetWidth)
		);
		bubble.style.left = Math.round(left) + 'px';
		bubble.style.top = Math.round(top) + 'px';
	}
	function hide() {
		armed = null;
		bubble.hidden = true;
	}
	var datum = 'a.sb-datum';
	box.addEventListener('focusin', function (e) {
		var a = up(e.target, datum);
		if (a) show(a);
	});
	box.addEventListener('focusout', function (e) {
		if (!box.contains(/** @type {Node | null} */ (e.relatedTarget))) hide();
	});
	box.addEventListener('pointerdown', function (e) {
		touch = e.pointerType === 'touch';
	});
	box.addEventListener('pointerover', function (e) {
		var a = up(e.target, datum);
		if (a && e.pointerType === 'mouse') show(a);
	});
	box.addEventListener('pointerout', function (e) {
		var to = /** @type {Node | null} */ (e.relatedTarget);
		if (e.pointerType === 'mouse' && up(e.target, datum) && !up(to, datum) && !bubble.contains(to)) hide();
	});
	box.addEventListener(
		'click',
		function (e) {
			var a = up(e.target, datum);
			if (a && touch && armed !== a) {
				e.preventDefault();
				e.stopImmediatePropagation();
				armed = a;
				show(a);
			}
		},
		true
	);
	document.addEventListener('keydown', function (e) {
		if (e.key === 'Escape') hide();
	});
})();

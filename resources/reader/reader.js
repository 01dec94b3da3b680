// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Byline's own reader script. It runs only in the application world (page JavaScript is off);
// it changes attributes on <html> that reader.css reacts to, and scrolls.
var bylineReader = {
    // The element at the top of the reading column and how far into it the viewport starts.
    anchor: function () {
        if (window.scrollY < 1)
            return null;
        var column = document.querySelector('main');
        var box = column ? column.getBoundingClientRect() : null;
        var x = box ? box.left + Math.min(40, box.width / 2) : window.innerWidth / 2;
        for (var y = 2; y < 200; y += 16) {
            var el = document.elementFromPoint(x, y);
            while (el && el !== document.body && el !== document.documentElement) {
                var r = el.getBoundingClientRect();
                if (r.height > 0 && r.bottom > 0)
                    return { element: el, fraction: -r.top / r.height };
                el = el.parentElement;
            }
        }
        return null;
    },
    restore: function (anchor) {
        if (!anchor)
            return;
        var r = anchor.element.getBoundingClientRect();
        window.scrollBy(0, r.top + anchor.fraction * r.height);
    },
    setFont: function (step) {
        var root = document.documentElement;
        if (root.getAttribute('data-font') === String(step))
            return window.scrollY;
        var anchor = this.anchor();
        root.setAttribute('data-font', String(step));
        this.restore(anchor);
        return window.scrollY;
    },
    // The reading panel's typeface, line width and line spacing; keeps the place in the text.
    setLayout: function (face, width, spacing) {
        var root = document.documentElement;
        var anchor = this.anchor();
        root.setAttribute('data-face', face);
        root.setAttribute('data-width', width);
        root.setAttribute('data-spacing', spacing);
        this.restore(anchor);
        return window.scrollY;
    },
    setTheme: function (name) {
        document.documentElement.setAttribute('data-theme', name);
    },
    // Images that did not load (blocked web images): hidden rather than shown broken. Returns
    // how many are missing so far; ones still pending are marked when they fail.
    hideMissingImages: function () {
        var missing = 0;
        var images = document.images;
        var mark = function (event) { event.target.setAttribute('data-byline-missing', ''); };
        for (var i = 0; i < images.length; ++i) {
            var img = images[i];
            if (img.complete && img.naturalWidth === 0) {
                img.setAttribute('data-byline-missing', '');
                ++missing;
            } else if (!img.complete && !img.hasAttribute('data-byline-watched')) {
                img.setAttribute('data-byline-watched', '');
                img.addEventListener('error', mark);
            }
        }
        return missing;
    },
    goTop: function () {
        window.scrollTo({ top: 0, behavior: 'smooth' });
    },
    pageDown: function () {
        var line = parseFloat(getComputedStyle(document.body).lineHeight) || 30;
        window.scrollBy({ top: Math.max(line, window.innerHeight - 2 * line), behavior: 'smooth' });
    },
    // A remembered reading position: a fraction (0..1) of the scrollable height, at once.
    scrollToFraction: function (fraction) {
        var root = document.scrollingElement || document.documentElement;
        var room = root.scrollHeight - window.innerHeight;
        if (room > 0)
            window.scrollTo({ top: fraction * room, behavior: 'instant' });
        return window.scrollY;
    }
};

// Draws the workflow diagrams: <pre class="mermaid">, the diagram's text from the server (current state highlighted by its
// classDef). Mermaid is 3.5 MB of script, seconds of CPU to compile on a phone at every page load, so it is loaded only
// when a diagram is shown: at once for a diagram outside a <details>, when the reader opens it for one inside a
// <details data-diagram-remember="key">, which remembers (localStorage key) that this reader keeps it open.
(function () {
    var mermaidSource = document.currentScript.getAttribute('data-mermaid');
    var loading = null;

    function mermaidLoaded() {
        loading = loading || new Promise(function (resolve, reject) {
            var script = document.createElement('script');
            script.src = mermaidSource;
            script.onload = function () {
                window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
                resolve(window.mermaid);
            };
            script.onerror = reject;
            document.head.appendChild(script);
        });
        return loading;
    }

    function draw(nodes) {
        if (nodes.length === 0) { return; }
        mermaidLoaded()
            .then(function (mermaid) { return mermaid.run({ nodes: nodes }); })
            .catch(function () { /* the text stays readable when Mermaid fails to load or to draw */ });
    }

    function remembered(key) {
        try { return window.localStorage.getItem(key); } catch (e) { return null; } // storage off: nothing remembered
    }

    function remember(key, value) {
        try { window.localStorage.setItem(key, value); } catch (e) { /* storage off: not remembered */ }
    }

    var shown = [];
    document.querySelectorAll('pre.mermaid').forEach(function (pre) {
        var disclosure = pre.closest('details[data-diagram-remember]');
        if (!disclosure) { shown.push(pre); return; }
        var key = disclosure.getAttribute('data-diagram-remember');
        disclosure.addEventListener('toggle', function () {
            remember(key, disclosure.open ? 'open' : 'closed');
            // Drawn while visible: Mermaid measures the labels, which a closed <details> does not lay out.
            if (disclosure.open && !pre.hasAttribute('data-drawing')) {
                pre.setAttribute('data-drawing', '');
                draw([pre]);
            }
        });
        if (remembered(key) === 'open') { disclosure.open = true; } // its toggle event draws it
    });
    draw(shown);
})();

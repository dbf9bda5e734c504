// Renders <pre class="mermaid"> blocks (workflow diagrams); loaded after mermaid.min.js.
(function () {
    if (typeof window.mermaid === 'undefined') { return; }
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    window.mermaid.run({ querySelector: 'pre.mermaid' });
})();

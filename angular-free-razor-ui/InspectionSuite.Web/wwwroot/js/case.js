// Case workspace: renders the workflow diagram (text from the server in <pre class="mermaid">, current state already
// highlighted by the runtime's classDef). No inline script: the CSP allows only our own files.
(function () {
    if (!window.mermaid) { return; }
    var nodes = document.querySelectorAll('pre.mermaid');
    if (nodes.length === 0) { return; }
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', flowchart: { useMaxWidth: true } });
    window.mermaid.run({ nodes: nodes }).catch(function () { /* the text stays readable when rendering fails */ });
})();

// After a failed form post, bring the error summary into view for keyboard and screen-reader users.
(function () {
    var errors = document.getElementById('form-errors');
    if (errors) { errors.focus(); }
})();

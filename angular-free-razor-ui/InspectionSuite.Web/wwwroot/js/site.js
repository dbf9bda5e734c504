// Confirmation before destructive or state-changing actions: <button data-confirm="text">.
document.addEventListener('submit', function (e) {
    var btn = e.submitter;
    var text = (btn && btn.getAttribute('data-confirm')) || e.target.getAttribute('data-confirm');
    if (text && !window.confirm(text)) { e.preventDefault(); }
});

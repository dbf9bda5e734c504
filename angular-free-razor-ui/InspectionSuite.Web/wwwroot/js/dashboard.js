// Charts of the oversight pages: each <canvas data-chart="{type, labels, datasets}"> becomes a Chart.js chart.
// Progress bars get their width from data-width (inline styles are blocked by the CSP's style rules too).
(function () {
    var palette = ['#0d6efd', '#198754', '#ffc107', '#6c757d', '#dc3545', '#6f42c1'];
    document.querySelectorAll('[data-width]').forEach(function (el) {
        var w = Math.max(0, Math.min(100, parseFloat(el.getAttribute('data-width')) || 0));
        el.style.width = w + '%';
    });
    if (typeof window.Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var config;
        try { config = JSON.parse(canvas.getAttribute('data-chart')); } catch (e) { return; }
        var doughnut = config.type === 'doughnut';
        config.datasets.forEach(function (ds, i) {
            ds.backgroundColor = doughnut ? palette : palette[i % palette.length];
            ds.borderColor = doughnut ? '#fff' : palette[i % palette.length];
            ds.tension = 0.2;
        });
        new window.Chart(canvas, {
            type: config.type,
            data: { labels: config.labels, datasets: config.datasets },
            options: {
                responsive: true, maintainAspectRatio: false, animation: false,
                plugins: { legend: { position: 'bottom' } },
                scales: doughnut ? {} : { y: { beginAtZero: true } }
            }
        });
    });
})();

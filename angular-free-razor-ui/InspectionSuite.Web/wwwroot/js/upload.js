// Evidence upload with a progress bar: form[data-upload] is sent by XMLHttpRequest (upload progress events) with the
// antiforgery token from the form; without JavaScript the same form posts normally and the server redirects.
(function () {
    document.querySelectorAll('form[data-upload]').forEach(function (form) {
        form.addEventListener('submit', function (e) {
            if (!window.FormData || !window.XMLHttpRequest) { return; }
            e.preventDefault();
            var progress = form.querySelector('.progress');
            var bar = form.querySelector('.progress-bar');
            var error = form.querySelector('[role=alert]');
            var button = form.querySelector('button[type=submit]');
            var data = new FormData(form);
            var token = form.querySelector('input[name="__RequestVerificationToken"]');
            var xhr = new XMLHttpRequest();
            xhr.open('POST', form.action);
            xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
            if (token) { xhr.setRequestHeader('X-CSRF-TOKEN', token.value); }
            xhr.upload.addEventListener('progress', function (p) {
                if (!p.lengthComputable) { return; }
                var pct = Math.round(p.loaded * 100 / p.total);
                bar.style.width = pct + '%';
                bar.textContent = pct + '%';
                progress.setAttribute('aria-valuenow', String(pct));
            });
            xhr.addEventListener('load', function () {
                var body = null;
                try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
                if (xhr.status >= 200 && xhr.status < 300 && body && body.redirect) {
                    window.location.assign(body.redirect);
                    window.location.reload();
                    return;
                }
                fail(body && body.error ? body.error : form.getAttribute('data-failed') + ' (' + xhr.status + ')');
            });
            xhr.addEventListener('error', function () { fail(form.getAttribute('data-failed')); });
            function fail(text) {
                error.textContent = text;
                error.classList.remove('d-none');
                button.disabled = false;
                progress.classList.add('d-none');
            }
            error.classList.add('d-none');
            button.disabled = true;
            bar.style.width = '0%';
            bar.textContent = form.getAttribute('data-uploading');
            progress.classList.remove('d-none');
            xhr.send(data);
        });
    });
})();

// The inbox's unit search (Pages/Inbox.cshtml): as the user types, the units of their tasks whose name or code matches
// come from /api/inbox/units (the other filters applied) as links that choose the unit, the same links the server
// renders when the field is submitted without script. Arrow keys move between the field and the links; Escape returns.
(function () {
    var input = document.getElementById('f-unit-search');
    var list = document.getElementById('unit-results');
    var status = document.getElementById('unit-search-status');
    if (!input || !list || !status) { return; }
    var form = input.form;
    var timer = null;
    var latest = 0;

    function chooseUrl(unitId) {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            if (value !== '' && name !== 'unitId' && name !== 'unitSearch' && name !== 'p') { params.append(name, value); }
        });
        params.set('unitId', unitId);
        return window.location.pathname + '?' + params.toString();
    }

    // A later answer may replace the links while the user is already moving through them (a slow answer to a shorter
    // text): focus stays on the same unit if it is still listed, else returns to the field, never to the page's body.
    function render(text, units) {
        var focused = list.contains(document.activeElement) ? document.activeElement.getAttribute('data-unit-id') : null;
        list.replaceChildren();
        units.forEach(function (unit) {
            var link = document.createElement('a');
            link.className = 'unit-result';
            link.href = chooseUrl(unit.value);
            link.setAttribute('data-unit-id', unit.value);
            var name = document.createElement('span');
            name.lang = 'vi';
            name.textContent = unit.label;
            link.append(name, ' (' + unit.count + ')');
            var item = document.createElement('li');
            item.append(link);
            list.append(item);
        });
        status.textContent = units.length === 0 ? input.getAttribute('data-no-match') : '';
        list.setAttribute('data-search', text);
        if (focused !== null) {
            var again = Array.prototype.find.call(list.querySelectorAll('a'), function (a) { return a.getAttribute('data-unit-id') === focused; });
            (again || input).focus();
        }
    }

    function search() {
        var text = input.value.trim();
        var mine = ++latest;
        if (text === '') { list.replaceChildren(); list.removeAttribute('data-search'); status.textContent = ''; return; }
        var query = new URLSearchParams({ filter: text, take: input.getAttribute('data-take') });
        ['authority', 'state', 'due'].forEach(function (name) {
            var field = form.elements.namedItem(name);
            if (field && field.value) { query.set(name, field.value); }
        });
        fetch(input.getAttribute('data-endpoint') + '?' + query.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (units) { if (mine === latest && units) { render(text, units); } })
            .catch(function () { /* the form still submits the field: the server answers */ });
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (e) {
        var first = list.querySelector('a');
        if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
    });
    list.addEventListener('keydown', function (e) {
        var links = Array.prototype.slice.call(list.querySelectorAll('a'));
        var at = links.indexOf(document.activeElement);
        if (at < 0) { return; }
        if (e.key === 'ArrowDown' && at < links.length - 1) { e.preventDefault(); links[at + 1].focus(); }
        if (e.key === 'ArrowUp') { e.preventDefault(); (at === 0 ? input : links[at - 1]).focus(); }
        if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
    });
})();

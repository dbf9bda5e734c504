// After a failed form post, bring the error summary into view for keyboard and screen-reader users.
(function () {
    var errors = document.getElementById('form-errors');
    if (errors) { errors.focus(); }
})();

// htmx requests carry the CSRF token that Spring Security expects on every state-changing call.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A choice that reloads its form (data-submit-on-change): no inline handler, which the content security policy
// forbids.
document.addEventListener("change", function (event) {
  var control = event.target;
  if (control.form && control.hasAttribute("data-submit-on-change")) {
    control.form.requestSubmit ? control.form.requestSubmit() : control.form.submit();
  }
});

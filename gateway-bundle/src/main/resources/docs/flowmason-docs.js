/* FlowMason's Swagger UI set-up: sends the API key (kept in sessionStorage) with every request,
   the OpenAPI document's own fetch included, and fills the Authorize dialog with it. */
(function () {
  "use strict";
  var STORAGE = "flowmason.api-key";
  var form = document.getElementById("fm-docs");
  var keyInput = document.getElementById("fm-key");
  var urlInput = document.getElementById("fm-url");

  /* Only documents of this instance: a same-origin path under /api/. */
  function documentUrl(candidate) {
    return /^\/api\/[A-Za-z0-9._~%\/-]*\.json(\?[A-Za-z0-9._~%=&-]*)?$/.test(candidate || "") ? candidate : "/api/openapi.json";
  }

  function load() {
    var key = sessionStorage.getItem(STORAGE) || "";
    var url = documentUrl(urlInput.value);
    urlInput.value = url;
    window.ui = SwaggerUIBundle({
      url: url,
      dom_id: "#swagger-ui",
      deepLinking: true,
      layout: "BaseLayout",
      requestInterceptor: function (request) {
        var stored = sessionStorage.getItem(STORAGE);
        if (stored && !request.headers["X-API-Key"] && !request.headers.Authorization) {
          request.headers["X-API-Key"] = stored;
        }
        return request;
      },
      onComplete: function () {
        if (key) {
          window.ui.preauthorizeApiKey("ApiKey", key);
        }
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (keyInput.value) {
      sessionStorage.setItem(STORAGE, keyInput.value.trim());
      keyInput.value = "";
    }
    load();
  });

  var requested = new URLSearchParams(window.location.search).get("url");
  if (requested) {
    urlInput.value = documentUrl(requested);
  }
  load();
})();

// Inkwell's one optional script. Every page works without it; it only adds the editor's live preview and the token
// inspector's countdown and renewal demo. No third-party code, no inline handlers (the CSP forbids both).
"use strict";
(function () {
  function csrfField(form) {
    var field = form && form.querySelector("input[name=csrf]");
    return field ? field.value : "";
  }

  // Editor: "Preview" renders the body on the server, exactly as the article page will (POST /editor/preview).
  var previewButton = document.getElementById("preview-button");
  if (previewButton) {
    previewButton.hidden = false;
    var submitPreview = document.getElementById("preview-submit");   // the no-script way: one Preview button is enough
    if (submitPreview) submitPreview.hidden = true;
    previewButton.addEventListener("click", function () {
      var form = previewButton.form;
      var pane = document.getElementById("preview");
      var body = new URLSearchParams();
      body.set("csrf", csrfField(form));
      body.set("body", form.querySelector("[name=body]").value);
      fetch("/editor/preview", { method: "POST", body: body, credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { pane.innerHTML = html; pane.hidden = false; })
        .catch(function (status) { pane.textContent = "Preview failed (" + status + ")."; pane.hidden = false; });
    });
  }

  // Token inspector: a live countdown to the access token's exp.
  var countdown = document.getElementById("countdown");
  if (countdown) {
    var exp = Number(countdown.getAttribute("data-exp"));
    var tick = function () {
      // exp is a whole second; the token is good through that second, so round up, never show "expired" early
      var left = Math.ceil(exp - Date.now() / 1000);
      countdown.textContent = left > 0 ? left + " s" : "expired " + (-left) + " s ago";
      countdown.classList.toggle("expired", left <= 0);
    };
    tick();
    setInterval(tick, 1000);
  }

  // Token inspector: call the API with the cookies and show whether the server renewed the access token.
  var renewButton = document.getElementById("renew-button");
  if (renewButton) {
    var log = document.getElementById("renew-log");
    renewButton.hidden = false;
    renewButton.addEventListener("click", function () {
      fetch("/tokens/now.json", { credentials: "same-origin", cache: "no-store" })
        .then(function (r) {
          return r.json().then(function (data) { return { status: r.status, data: data }; });
        })
        .then(function (reply) {
          var d = reply.data;
          var lines = ["GET /tokens/now.json → " + reply.status];
          if (reply.status !== 200) {
            lines.push("Not signed in any more: " + JSON.stringify(d.errors || d));
          } else if (d.renewed) {
            lines.push("The access token had expired. The server checked the refresh cookie and answered with");
            lines.push("  Set-Cookie: " + d.renewedBy + "=<new token>; HttpOnly");
            lines.push("New exp: " + new Date(d.exp * 1000).toISOString() + " (fresh: " + d.fresh + ")");
            if (countdown) countdown.setAttribute("data-exp", String(d.exp));
            exp = d.exp;
          } else {
            lines.push("Still valid: exp " + new Date(d.exp * 1000).toISOString() + ", nothing renewed.");
          }
          log.textContent = lines.join("\n") + "\n\n" + log.textContent;
        })
        .catch(function (e) { log.textContent = "Request failed: " + e + "\n" + log.textContent; });
    });
  }
})();

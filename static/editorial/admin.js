/* The editors' admin, enhanced: fieldsets as tabs, a summary of errors that opens the right
   tab, the "someone else is editing this" notice, and dates shown as what is known. Every page
   works without this script; it is a file from the site, so the strict CSP allows it. */
(function () {
  "use strict";

  function csrfToken(form) {
    var input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // --- tabs --------------------------------------------------------------------------------
  function buildTabs(container) {
    var panels = Array.prototype.filter.call(container.children, function (el) {
      return el.matches("fieldset.module, .inline-group");
    });
    if (panels.length < 3) { return; }
    var list = document.createElement("div");
    list.className = "tablist";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", "Sections of the form");
    var buttons = panels.map(function (panel, index) {
      var heading = panel.querySelector("h2");
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("role", "tab");
      button.id = "tab-" + index;
      if (!panel.id) { panel.id = "tabpanel-" + index; }
      button.setAttribute("aria-controls", panel.id);
      button.textContent = heading ? heading.textContent.trim() : "Section " + (index + 1);
      if (panel.querySelector(".errorlist, .errors")) { button.classList.add("has-errors"); }
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", button.id);
      button.addEventListener("click", function () { select(index, true); });
      button.addEventListener("keydown", function (event) {
        var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (step) {
          event.preventDefault();
          select((index + step + panels.length) % panels.length, true);
        }
      });
      list.appendChild(button);
      return button;
    });
    function select(index, focus) {
      panels.forEach(function (panel, i) {
        var chosen = i === index;
        panel.hidden = !chosen;
        buttons[i].setAttribute("aria-selected", chosen ? "true" : "false");
        buttons[i].tabIndex = chosen ? 0 : -1;
      });
      if (focus) { buttons[index].focus(); }
    }
    container.insertBefore(list, container.firstChild);
    container.classList.add("tabs-ready");
    var withErrors = buttons.findIndex(function (b) { return b.classList.contains("has-errors"); });
    select(withErrors >= 0 ? withErrors : 0, false);
    container.showElement = function (element) {
      var index = panels.findIndex(function (panel) { return panel.contains(element); });
      if (index >= 0) { select(index, false); }
    };
  }

  function revealTarget(id) {
    var target = document.getElementById(id);
    if (!target) { return; }
    document.querySelectorAll("[data-tabs]").forEach(function (tabs) {
      if (tabs.showElement) { tabs.showElement(target); }
    });
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  // --- "someone else is editing this" ---------------------------------------------------------
  function watchLock(form) {
    var url = form.getAttribute("data-lock-url");
    var notice = document.querySelector("[data-lock-notice]");
    if (!url || !notice) { return; }
    function beat() {
      var body = new FormData();
      body.append("csrfmiddlewaretoken", csrfToken(form));
      fetch(url, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          notice.textContent = data.others.map(function (other) {
            return other.name + " has been editing this since " + other.since + ".";
          }).join(" ");
          notice.classList.toggle("hidden", data.others.length === 0);
        })
        .catch(function () {});
    }
    window.setInterval(beat, 30000);
    window.addEventListener("pagehide", function () {
      var body = new FormData();
      body.append("csrfmiddlewaretoken", csrfToken(form));
      body.append("leaving", "1");
      if (navigator.sendBeacon) { navigator.sendBeacon(url, body); }
    });
  }

  // --- dates known to the year or month --------------------------------------------------------
  function watchPrecision(select) {
    var name = select.getAttribute("data-precision-for");
    var form = select.form;
    var month = form.querySelector("[name$='" + name + "_1']");
    var day = form.querySelector("[name$='" + name + "_2']");
    if (!month || !day) { return; }
    function apply(clear) {
      var precision = select.value;
      var showMonth = precision !== "year";
      var showDay = precision === "day";
      month.closest("label").classList.toggle("hidden", !showMonth);
      day.closest("label").classList.toggle("hidden", !showDay);
      if (clear && !showMonth) { month.value = ""; }
      if (clear && !showDay) { day.value = ""; }
    }
    select.addEventListener("change", function () { apply(true); });
    apply(false);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-tabs]").forEach(buildTabs);
    document.querySelectorAll(".error-summary a[href^='#'], .conflict__goto").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        revealTarget(link.getAttribute("href").slice(1));
      });
    });
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
    var form = document.querySelector("form.armistice-form");
    if (form) { watchLock(form); }
    document.querySelectorAll("select[data-precision-for]").forEach(watchPrecision);
  });
})();

/* The writing view for Markdown bodies: a toolbar, a live side-by-side preview rendered by the
   site's own renderer and sanitiser (a staff-only endpoint), a word count and reading time,
   and autosave of unsaved text to this browser, so a crash or a navigation loses nothing.
   Without this script the field is a plain textarea and everything still works. */
(function () {
  "use strict";

  var WORDS_PER_MINUTE = 220;
  var STORE = "armistice-autosave:";

  function countWords(text) {
    var words = text.match(/[\p{L}\p{N}_]+/gu);
    return words ? words.length : 0;
  }

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function button(label, title, action) {
    var el = document.createElement("button");
    el.type = "button";
    el.textContent = label;
    el.title = title;
    if (title.toLowerCase().indexOf(label.toLowerCase()) === -1) {
      el.setAttribute("aria-label", label + ": " + title);  // keeps the visible text in the name
    }
    el.addEventListener("click", action);
    return el;
  }

  function time(date) {
    return date.toTimeString().slice(0, 5);
  }

  function Editor(textarea) {
    var form = textarea.form;
    var self = this;
    this.textarea = textarea;
    this.form = form;
    this.key = STORE + (form.getAttribute("data-autosave-key") || location.pathname) + ":" + textarea.name;

    var wrapper = document.createElement("div");
    wrapper.className = "md-editor";
    var toolbar = document.createElement("div");
    toolbar.className = "md-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", "Formatting");
    var panes = document.createElement("div");
    panes.className = "md-panes";
    var preview = document.createElement("div");
    preview.className = "md-preview";
    preview.setAttribute("aria-live", "polite");
    preview.setAttribute("aria-label", "Preview");
    preview.setAttribute("role", "region");
    preview.tabIndex = 0;
    var status = document.createElement("div");
    status.className = "md-status";
    var counts = document.createElement("span");
    var saved = document.createElement("span");
    var problems = document.createElement("span");
    problems.className = "md-problems";
    status.append(counts, problems, saved);
    this.preview = preview;
    this.counts = counts;
    this.saved = saved;
    this.problems = problems;

    textarea.parentNode.insertBefore(wrapper, textarea);
    panes.append(textarea, preview);
    wrapper.append(toolbar, panes, status);
    this.wrapper = wrapper;
    this.toolbar = toolbar;

    var tools = [
      ["H2", "Heading", function () { self.linePrefix("## "); }],
      ["H3", "Subheading", function () { self.linePrefix("### "); }],
      ["B", "Bold", function () { self.wrap("**", "**", "bold text"); }],
      ["I", "Italic", function () { self.wrap("*", "*", "italic text"); }],
      null,
      ["• List", "Bulleted list", function () { self.linePrefix("- "); }],
      ["1. List", "Numbered list", function () { self.linePrefix("1. "); }],
      ["❝ Quote", "Quotation", function () { self.linePrefix("> "); }],
      null,
      ["Link", "Link to a web address", function () { self.wrap("[", "](https://)", "link text"); }],
      ["Link to content", "Link to an article, alliance, event or country on this site", function () { self.search("link"); }],
      ["Footnote", "Footnote", function () { self.footnote(); }],
      ["Table", "Table", function () {
        self.insertBlock("| Column | Column |\n| --- | --- |\n| Cell | Cell |");
      }]
    ];
    (textarea.getAttribute("data-reference-kinds") || "").split(",").filter(Boolean).forEach(function (kind) {
      tools.push([kind === "image" ? "Image" : kind, "Insert from the " + kind + " library", function () { self.search(kind); }]);
    });
    tools.forEach(function (tool) {
      if (!tool) {
        var sep = document.createElement("span");
        sep.className = "md-sep";
        sep.setAttribute("aria-hidden", "true");
        toolbar.appendChild(sep);
        return;
      }
      toolbar.appendChild(button(tool[0], tool[1], tool[2]));
    });

    this.restore();
    textarea.addEventListener("input", function () { self.changed(); });
    this.render();
  }

  Editor.prototype.changed = function () {
    var self = this;
    this.updateCounts(countWords(this.textarea.value));
    window.clearTimeout(this.renderTimer);
    this.renderTimer = window.setTimeout(function () { self.render(); }, 350);
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(function () { self.store(); }, 500);
  };

  Editor.prototype.updateCounts = function (words) {
    var minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
    this.counts.textContent = words + " words · " + minutes + " min read";
  };

  Editor.prototype.render = function () {
    var self = this;
    var body = new FormData();
    body.append("csrfmiddlewaretoken", csrfToken(this.form));
    body.append("text", this.textarea.value);
    this.updateCounts(countWords(this.textarea.value));
    fetch(this.textarea.getAttribute("data-preview-url"), { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (data.error) { self.problems.textContent = data.error; return; }
        self.preview.innerHTML = data.html;  // rendered and sanitised by the server
        self.updateCounts(data.words);
        self.problems.textContent = (data.problems || []).join(" ");
      })
      .catch(function () { self.problems.textContent = "Preview unavailable; your text is safe."; });
  };

  // --- autosave ------------------------------------------------------------------------------
  Editor.prototype.store = function () {
    try {
      localStorage.setItem(this.key, JSON.stringify({ text: this.textarea.value, at: Date.now(), original: this.original }));
      this.saved.textContent = "Unsaved text kept in this browser at " + time(new Date());
    } catch (error) {
      this.saved.textContent = "This browser cannot keep a copy; save soon.";
    }
  };

  Editor.prototype.restore = function () {
    var self = this;
    this.original = this.textarea.value;
    var kept = null;
    try { kept = JSON.parse(localStorage.getItem(this.key) || "null"); } catch (error) { kept = null; }
    if (!kept || typeof kept.text !== "string") { return; }
    if (kept.text === this.textarea.value) {
      localStorage.removeItem(this.key);  // saved since: nothing to restore
      return;
    }
    var serverText = this.textarea.value;
    this.textarea.value = kept.text;
    var note = document.createElement("div");
    note.className = "md-restored";
    note.setAttribute("role", "status");
    note.textContent = "Restored text you had not saved, from " + time(new Date(kept.at)) + ". Save to keep it.";
    note.appendChild(button("Show the saved version instead", "Discard the restored text", function () {
      self.textarea.value = serverText;
      localStorage.removeItem(self.key);
      note.remove();
      self.render();
    }));
    this.wrapper.insertBefore(note, this.wrapper.firstChild.nextSibling);
    this.saved.textContent = "Restored from this browser";
  };

  // --- editing helpers -------------------------------------------------------------------------
  Editor.prototype.replace = function (start, end, text, selectFrom, selectTo) {
    var area = this.textarea;
    area.focus();
    area.setRangeText(text, start, end, "end");
    if (selectFrom !== undefined) { area.setSelectionRange(selectFrom, selectTo); }
    this.changed();
  };

  Editor.prototype.wrap = function (before, after, placeholder) {
    var area = this.textarea;
    var start = area.selectionStart, end = area.selectionEnd;
    var chosen = area.value.slice(start, end) || placeholder;
    this.replace(start, end, before + chosen + after, start + before.length, start + before.length + chosen.length);
  };

  Editor.prototype.linePrefix = function (prefix) {
    var area = this.textarea;
    var start = area.value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    var end = area.selectionEnd;
    var lines = area.value.slice(start, end).split("\n").map(function (line) { return prefix + line; });
    var text = lines.join("\n");
    this.replace(start, end, text, start + text.length, start + text.length);
  };

  Editor.prototype.insertBlock = function (block) {
    var area = this.textarea;
    var at = area.selectionEnd;
    var before = area.value.slice(0, at);
    var padded = (before && !before.endsWith("\n\n") ? (before.endsWith("\n") ? "\n" : "\n\n") : "") + block + "\n";
    this.replace(at, at, padded, at + padded.length, at + padded.length);
  };

  Editor.prototype.footnote = function () {
    var area = this.textarea;
    var used = area.value.match(/\[\^(\d+)\]/g) || [];
    var number = used.reduce(function (max, ref) { return Math.max(max, parseInt(ref.slice(2), 10)); }, 0) + 1;
    var at = area.selectionEnd;
    var marker = "[^" + number + "]";
    area.setRangeText(marker, at, at, "end");
    var note = "\n\n[^" + number + "]: ";
    area.value = area.value.replace(/\s*$/, "") + note;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    this.changed();
  };

  Editor.prototype.search = function (kind) {
    var self = this;
    var existing = this.wrapper.querySelector(".md-search");
    if (existing) { existing.remove(); }
    var at = [this.textarea.selectionStart, this.textarea.selectionEnd];
    var box = document.createElement("div");
    box.className = "md-search";
    var label = document.createElement("label");
    label.textContent = kind === "link" ? "Find content to link to: " : "Find in the " + kind + " library: ";
    var input = document.createElement("input");
    input.type = "search";
    input.setAttribute("aria-label", label.textContent);
    label.appendChild(input);
    var results = document.createElement("ul");
    var close = button("Close", "Close the search", function () { box.remove(); self.textarea.focus(); });
    box.append(label, close, results);
    this.toolbar.after(box);
    input.focus();
    var timer;
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { box.remove(); self.textarea.focus(); }
    });
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var url = self.textarea.getAttribute("data-search-url") + "?kind=" + encodeURIComponent(kind) + "&q=" + encodeURIComponent(input.value);
        fetch(url, { credentials: "same-origin" })
          .then(function (response) { return response.json(); })
          .then(function (data) {
            results.textContent = "";
            if (!data.results.length) {
              var none = document.createElement("li");
              none.textContent = input.value.length < 2 ? "Type at least two letters." : "Nothing found.";
              results.appendChild(none);
            }
            data.results.forEach(function (item) {
              var li = document.createElement("li");
              var pick = document.createElement("button");
              pick.type = "button";
              pick.textContent = item.title + " — " + item.type + (item.status ? " (" + item.status + ")" : "");
              pick.addEventListener("click", function () {
                var text = item.reference || "[" + (self.textarea.value.slice(at[0], at[1]) || item.title) + "](" + item.url + ")";
                box.remove();
                self.replace(at[0], at[1], text, at[0] + text.length, at[0] + text.length);
              });
              li.appendChild(pick);
              results.appendChild(li);
            });
          });
      }, 250);
    });
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-markdown-editor]").forEach(function (area) { new Editor(area); });
  });
})();

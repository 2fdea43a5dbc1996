/* lossledger report: the claims table (filter, sort, pages) and the claim panel behind chart clicks.
   Plain JavaScript, no libraries beyond the embedded plotly.js. Ledger text is only ever put into
   the page with textContent, never innerHTML, and links only when they are http(s). */
(function () {
  "use strict";
  var PAGE_SIZE = 100;
  var claims = JSON.parse(document.getElementById("claims-data").textContent || "[]");
  var byId = {};
  claims.forEach(function (c, i) {
    byId[String(c.id)] = c;
    c.kinds = c.findings.map(function (f) { return f.kind; }).join(" ");
    c.order = i;
    c.haystack = [c.as_of, c.side, c.category, c.category_label, c.outcome, c.value_label, c.measure,
      c.claimant, c.claimant_label, c.claimant_text, c.outlet, c.title, c.doc, c.quote, c.kinds]
      .join(" \u0001 ").toLowerCase();
  });

  function isSafeUrl(url) {
    return typeof url === "string" && /^https?:\/\/[^\s<>"'`]+$/i.test(url);
  }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function articleLink(c) {
    if (isSafeUrl(c.url)) {
      var a = el("a", c.title);
      a.href = c.url; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
      return a;
    }
    var span = el("span", c.title, "nolink");
    span.title = "no http(s) link for this document";
    return span;
  }

  // ---- the table: filter -> sort -> one page of rows
  var table = document.getElementById("claims-table");
  var tbody = table.tBodies[0];
  var textBox = document.getElementById("filter-text");
  var sideBox = document.getElementById("filter-side");
  var categoryBox = document.getElementById("filter-category");
  var claimantBox = document.getElementById("filter-claimant");
  var flaggedBox = document.getElementById("filter-flagged");
  var countLabel = document.getElementById("table-count");
  var pageInfo = document.getElementById("page-info");
  var prevButton = document.getElementById("page-prev");
  var nextButton = document.getElementById("page-next");
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var state = { rows: claims.slice(), page: 0, key: null, ascending: true, highlight: null };

  function rowFor(c) {
    var tr = document.createElement("tr");
    tr.id = "claim-" + c.id;
    tr.dataset.flagged = c.flagged ? "1" : "0";
    if (c.flagged) { tr.className = "flagged"; }
    if (String(c.id) === state.highlight) { tr.classList.add("highlight"); }
    tr.appendChild(el("td", c.as_of || "\u2014"));
    tr.appendChild(el("td", c.side));
    tr.appendChild(el("td", c.category));
    tr.appendChild(el("td", c.outcome));
    var value = el("td", c.value_label, "num");
    value.appendChild(el("small", " " + c.qualifier));
    tr.appendChild(value);
    var measure = el("td", c.measure + (c.period_days ? " (" + c.period_days + " d)" : ""));
    if (c.hedged) { measure.appendChild(el("small", " hedged")); }
    tr.appendChild(measure);
    var claimant = el("td", c.claimant_label);
    claimant.title = c.claimant_text;
    tr.appendChild(claimant);
    tr.appendChild(el("td", c.outlet));
    var quote = el("td", "\u201c" + c.quote + "\u201d", "quote");
    quote.appendChild(el("br"));
    var small = el("small");
    small.appendChild(articleLink(c));
    quote.appendChild(small);
    tr.appendChild(quote);
    var findings = el("td");
    c.findings.forEach(function (f) {
      var badge = el("span", f.kind, "badge badge-" + f.severity);
      badge.title = f.message;
      findings.appendChild(badge);
      findings.appendChild(document.createTextNode(" "));
    });
    tr.appendChild(findings);
    // Each cell is labelled with its column, for the one-card-per-claim layout on a phone.
    Array.prototype.forEach.call(tr.cells, function (td, i) {
      td.dataset.label = headers[i].textContent;
      if (i >= 8) { td.classList.add("wide"); }
    });
    tr.addEventListener("click", function (ev) {
      if (ev.target.tagName !== "A") { showClaim(c.id); }
    });
    return tr;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(state.rows.length / PAGE_SIZE));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    var start = state.page * PAGE_SIZE;
    var frag = document.createDocumentFragment();
    state.rows.slice(start, start + PAGE_SIZE).forEach(function (c) { frag.appendChild(rowFor(c)); });
    tbody.textContent = "";
    tbody.appendChild(frag);
    countLabel.textContent = state.rows.length + " of " + claims.length + " claims";
    pageInfo.textContent = state.rows.length ? "page " + (state.page + 1) + " of " + pages : "";
    prevButton.disabled = state.page === 0;
    nextButton.disabled = state.page >= pages - 1;
  }

  function compare(a, b) {
    var key = state.key;
    var x = a[key], y = b[key];
    if (key === "value") {
      x = x === null ? -Infinity : x; y = y === null ? -Infinity : y;
    } else {
      x = String(x === null || x === undefined ? "" : x).toLowerCase();
      y = String(y === null || y === undefined ? "" : y).toLowerCase();
    }
    if (x < y) { return state.ascending ? -1 : 1; }
    if (x > y) { return state.ascending ? 1 : -1; }
    return a.order - b.order;
  }

  function applyFilters() {
    var words = textBox.value.toLowerCase().split(/\s+/).filter(Boolean);
    state.rows = claims.filter(function (c) {
      return (!sideBox.value || c.side === sideBox.value) &&
        (!categoryBox.value || c.category === categoryBox.value) &&
        (!claimantBox.value || c.claimant === claimantBox.value) &&
        (!flaggedBox.checked || c.flagged) &&
        words.every(function (w) { return c.haystack.indexOf(w) !== -1; });
    });
    if (state.key) { state.rows.sort(compare); }
    state.page = 0;
    render();
  }
  [textBox, sideBox, categoryBox, claimantBox, flaggedBox].forEach(function (box) {
    box.addEventListener("input", applyFilters);
    box.addEventListener("change", applyFilters);
  });
  headers.forEach(function (th) {
    th.addEventListener("click", function () {
      state.ascending = !(state.key === th.dataset.key && state.ascending);
      state.key = th.dataset.key;
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", state.ascending ? "ascending" : "descending");
      state.rows.sort(compare);
      state.page = 0;
      render();
    });
  });
  prevButton.addEventListener("click", function () { state.page -= 1; render(); });
  nextButton.addEventListener("click", function () { state.page += 1; render(); });

  function showInTable(id) {
    var key = String(id);
    var index = state.rows.findIndex(function (c) { return String(c.id) === key; });
    if (index === -1) {
      textBox.value = ""; sideBox.value = ""; categoryBox.value = ""; claimantBox.value = "";
      flaggedBox.checked = false;
      applyFilters();
      index = state.rows.findIndex(function (c) { return String(c.id) === key; });
    }
    if (index === -1) { return; }
    state.highlight = key;
    state.page = Math.floor(index / PAGE_SIZE);
    render();
    var row = document.getElementById("claim-" + key);
    if (row) { row.scrollIntoView({ block: "center" }); }
  }

  // ---- the claim panel
  var panel = document.getElementById("claim-panel");
  function setText(id, text) { document.getElementById(id).textContent = text; }
  function showClaim(id) {
    var c = byId[String(id)];
    if (!c) { return; }
    setText("panel-figure", c.value_label + " " + c.side + " " + c.category_label + " " + c.outcome);
    setText("panel-meta", "as of " + (c.as_of || "no date") + " \u00b7 " + c.measure + " \u00b7 " + c.qualifier +
      (c.hedged ? " \u00b7 hedged" : "") + " \u00b7 " + c.claimant_label +
      (c.claimant_text ? " (\u201c" + c.claimant_text + "\u201d)" : ""));
    setText("panel-quote", "\u201c" + c.quote + "\u201d");
    var source = document.getElementById("panel-source");
    source.textContent = "";
    if (isSafeUrl(c.url)) {
      source.appendChild(articleLink(c));
    } else {
      source.appendChild(document.createTextNode(c.title + " (no web link)"));
    }
    if (c.outlet) { source.appendChild(document.createTextNode(" \u2014 " + c.outlet)); }
    var list = document.getElementById("panel-findings");
    list.textContent = "";
    c.findings.forEach(function (f) {
      list.appendChild(el("li", f.severity + ": " + f.label + " \u2014 " + f.message));
    });
    document.getElementById("panel-to-table").onclick = function (ev) { ev.preventDefault(); showInTable(id); };
    panel.hidden = false;
    panel.dataset.claim = String(id);
  }
  document.getElementById("claim-panel-close").addEventListener("click", function () { panel.hidden = true; });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { panel.hidden = true; } });
  Array.prototype.forEach.call(document.querySelectorAll("a.to-claim"), function (a) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); showInTable(a.dataset.claim); });
  });

  function wireCharts() {
    Array.prototype.forEach.call(document.querySelectorAll(".plotly-graph-div"), function (gd) {
      if (typeof gd.on !== "function" || gd.dataset.wired) { return; }
      gd.dataset.wired = "1";
      gd.on("plotly_click", function (ev) {
        var point = ev && ev.points && ev.points[0];
        if (point && point.customdata !== undefined && point.customdata !== null) { showClaim(point.customdata); }
      });
    });
  }
  // plotly draws each chart when its inline script runs; wire them once they are all there.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wireCharts);
  } else {
    wireCharts();
  }
  window.addEventListener("load", wireCharts);
  render();
  window.lossledgerReport = { showClaim: showClaim, showInTable: showInTable, applyFilters: applyFilters };
})();

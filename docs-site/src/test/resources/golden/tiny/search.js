/*
 * Client-side search over window.TURNPIKE_SEARCH_INDEX (search-index.js). Every word typed must
 * match the title, summary or keywords; title matches rank first. Keyboard: "/" focuses the box,
 * arrow keys move through results, Enter follows, Escape closes.
 */
(function () {
  "use strict";
  var MAX = 12;

  function score(entry, words) {
    var title = entry.title.toLowerCase();
    var rest = (entry.summary + " " + entry.keywords + " " + entry.url).toLowerCase();
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (title === w) { total += 100; }
      else if (title.indexOf(w) === 0) { total += 40; }
      else if (title.indexOf(w) >= 0) { total += 20; }
      else if (rest.indexOf(w) >= 0) { total += 5; }
      else { return 0; }
    }
    if (entry.kind === "operation") { total += 1; }
    return total;
  }

  function search(index, query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    if (words.length === 0) { return []; }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], words);
      if (s > 0) { hits.push({ entry: index[i], score: s, order: i }); }
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits.slice(0, MAX).map(function (h) { return h.entry; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var index = window.TURNPIKE_SEARCH_INDEX || [];
    var root = document.body.getAttribute("data-root") || "";
    if (!input || !list) { return; }

    function close() { list.hidden = true; }

    function show() {
      var hits = search(index, input.value);
      list.textContent = "";
      if (input.value.trim() === "") { close(); status.textContent = ""; return; }
      if (hits.length === 0) {
        var none = document.createElement("li");
        none.className = "empty";
        none.textContent = "No matches";
        list.appendChild(none);
      }
      hits.forEach(function (entry) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + entry.url;
        link.className = "search-hit";
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = entry.kind;
        var title = document.createElement("span");
        title.className = "hit-title";
        title.textContent = entry.title;
        link.appendChild(kind);
        link.appendChild(title);
        if (entry.summary) {
          var summary = document.createElement("span");
          summary.className = "hit-summary";
          summary.textContent = entry.summary;
          link.appendChild(summary);
        }
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = false;
      status.textContent = hits.length + (hits.length === 1 ? " result" : " results");
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    input.addEventListener("input", show);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && links().length > 0) { event.preventDefault(); links()[0].focus(); }
      else if (event.key === "Enter" && links().length > 0) { event.preventDefault(); links()[0].click(); }
      else if (event.key === "Escape") { input.value = ""; close(); }
    });
    list.addEventListener("keydown", function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); if (at > 0) { all[at - 1].focus(); } else { input.focus(); } }
      else if (event.key === "Escape") { close(); input.focus(); }
    });
    document.addEventListener("keydown", function (event) {
      var tag = (event.target && event.target.tagName) || "";
      if (event.key === "/" && tag !== "INPUT" && tag !== "TEXTAREA") { event.preventDefault(); input.focus(); }
    });
    document.addEventListener("click", function (event) {
      if (!list.contains(event.target) && event.target !== input) { close(); }
    });
  });

  window.TurnpikeSearch = { search: search };
})();

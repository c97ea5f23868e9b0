// mediakit report tables: search, sort and pages for every long pandas table of the page.
// Written for mediakit (no library: itables hides a table until its script runs, which leaves it
// blank in JupyterLab's untrusted view, and gives it a random id). The table stays a plain HTML
// table without this script; with it, a reader can filter (a search box, or "#search=word" in the
// address), sort by a column (click its header) and page through rows.
(function () {
  "use strict";
  var PAGE = 25;
  var initial = decodeURIComponent((location.hash.match(/search=([^&]*)/) || [])[1] || "");

  function text(cell) { return (cell.textContent || "").trim(); }

  function enhance(table, n) {
    var body = table.tBodies[0];
    if (!body || body.rows.length <= 10) { return; }
    var rows = Array.prototype.slice.call(body.rows);
    var shown = rows, page = 0, sortCol = -1, asc = true;
    var bar = document.createElement("div");
    bar.className = "mk-table-bar";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Search " + rows.length + " rows";
    input.setAttribute("aria-label", "search the table");
    input.className = "mk-search";
    input.id = "mk-search-" + n;
    var info = document.createElement("span");
    info.className = "mk-info";
    var prev = document.createElement("button");
    prev.textContent = "‹ previous";
    var next = document.createElement("button");
    next.textContent = "next ›";
    bar.appendChild(input); bar.appendChild(prev); bar.appendChild(next); bar.appendChild(info);
    table.parentNode.insertBefore(bar, table);

    function render() {
      var pages = Math.max(1, Math.ceil(shown.length / PAGE));
      page = Math.min(page, pages - 1);
      rows.forEach(function (r) { r.style.display = "none"; r.classList.remove("mk-match"); });
      shown.forEach(function (r, i) {
        if (i >= page * PAGE && i < (page + 1) * PAGE) { r.style.display = ""; }
        r.classList.add("mk-match");
        body.appendChild(r);
      });
      info.textContent = shown.length + " of " + rows.length + " rows · page " + (page + 1) + " of " + pages;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }

    function filter() {
      var q = input.value.toLowerCase();
      shown = rows.filter(function (r) { return !q || r.textContent.toLowerCase().indexOf(q) >= 0; });
      if (sortCol >= 0) { sort(); }
      page = 0;
      render();
    }

    function sort() {
      shown.sort(function (a, b) {
        var x = text(a.cells[sortCol] || a), y = text(b.cells[sortCol] || b);
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
    }

    var heads = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
    Array.prototype.forEach.call(heads, function (th, i) {
      th.style.cursor = "pointer";
      th.title = "sort by this column";
      th.addEventListener("click", function () {
        asc = sortCol === i ? !asc : true;
        sortCol = i;
        sort();
        render();
      });
    });
    input.addEventListener("input", filter);
    prev.addEventListener("click", function () { page -= 1; render(); });
    next.addEventListener("click", function () { page += 1; render(); });
    if (initial) { input.value = initial; }
    filter();
  }

  function start() {
    var tables = document.querySelectorAll("table.dataframe");
    Array.prototype.forEach.call(tables, enhance);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();

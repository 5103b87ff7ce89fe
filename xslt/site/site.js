/*
  Edition site: sorting the table of documents on the home page. Without this script the table is
  already in date order; with it, each column heading becomes a button that sorts by that column
  (again: the other way round), and the caption says how the table is sorted. The values to sort by
  are in the cells' data-value attributes. On a list of several pages only the page is sorted.
*/
(function () {
  "use strict";

  function sortBy(table, column, button) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var descending = button.getAttribute("data-direction") === "ascending";
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-value") || "";
      var y = b.cells[column].getAttribute("data-value") || "";
      var order = x.localeCompare(y);
      if (order === 0) {
        order = a.cells[0].getAttribute("data-value").localeCompare(b.cells[0].getAttribute("data-value"));
      }
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    var headings = table.tHead.rows[0].cells;
    for (var i = 0; i !== headings.length; i++) {
      headings[i].removeAttribute("aria-sort");
      var other = headings[i].querySelector("button");
      if (other) { other.removeAttribute("data-direction"); }
    }
    headings[column].setAttribute("aria-sort", descending ? "descending" : "ascending");
    button.setAttribute("data-direction", descending ? "descending" : "ascending");
    var order = table.querySelector("caption .site-order");
    if (order) {
      order.textContent = "sorted by " + button.textContent.toLowerCase()
        + (descending ? ", descending" : "") + (pageOnly(table) ? " (this page only)" : "");
    }
  }

  /** A list of several pages: the table holds one page of it, and only that page is sorted. */
  function pageOnly(table) {
    return table.getAttribute("data-scope") === "page";
  }

  function enhance(table) {
    var headings = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headings, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "site-sort";
      button.textContent = th.textContent;
      button.title = (pageOnly(table) ? "Sort this page by " : "Sort by ") + th.textContent.toLowerCase();
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, column, button); });
    });
    // the order the page was made in: by date, or (titles.html) by title
    var first = Array.prototype.findIndex.call(headings, function (th) {
      return th.getAttribute("data-sort") === table.getAttribute("data-order");
    });
    headings[Math.max(first, 0)].setAttribute("aria-sort", "ascending");
    headings[Math.max(first, 0)].querySelector("button").setAttribute("data-direction", "ascending");
  }

  document.querySelectorAll("table.site-sortable").forEach(enhance);
}());

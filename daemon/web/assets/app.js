// mailclerk web page: progressive extras only; every page works without this script.
(function () {
  "use strict";
  // Click a column heading of a .sortable table to sort by it (data-sort, else the text).
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var given = cell.getAttribute("data-sort");
    var text = given !== null ? given : cell.textContent.trim();
    var number = Number(text);
    return text !== "" && !isNaN(number) ? number : text.toLowerCase();
  }
  function sortTable(table, index, heading) {
    var body = table.tBodies[0];
    if (!body) return;
    var descending = heading.getAttribute("aria-sort") === "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(heading.parentNode.children, function (th) {
      th.removeAttribute("aria-sort");
    });
    heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var head = table.tHead && table.tHead.rows[0];
    if (!head) return;
    Array.prototype.forEach.call(head.cells, function (th, index) {
      th.addEventListener("click", function (event) {
        event.preventDefault();
        sortTable(table, index, th);
      });
    });
  });
  // Filters apply as soon as they change.
  document.querySelectorAll("form.search select, form.search input[type=checkbox]").forEach(
    function (control) {
      control.addEventListener("change", function () { control.form.submit(); });
    });
})();

/// The little script that makes the ranking table sortable and filterable. The page is complete without it: it
/// only adds the controls (header buttons, a filter box, a status menu) and keeps their state in the address's
/// fragment (`#sort=score&dir=asc&q=python&status=scored`), so a sorted, filtered view can be bookmarked. It reads
/// the table's text and moves rows; it never writes markup, so no text from a resume can become code.
enum RankingTableScript {
    /// The script, exactly as the page holds it; `sha256` must be its digest.
    static let source = """
        (function () {
          "use strict";
          var table = document.getElementById("ranking");
          if (!table || !table.tHead || !table.tBodies.length) return;
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var heads = table.tHead.rows[0].cells;
          var state = { sort: "", dir: "", q: "", status: "" };
          var texts = null;
          var shown = document.createElement("p");
          shown.setAttribute("aria-live", "polite");
          shown.id = "shown";

          function column(key) {
            for (var i = 0; i < heads.length; i++) {
              if (heads[i].getAttribute("data-key") === key) return i;
            }
            return -1;
          }

          function sortBy(key, dir) {
            var index = column(key);
            if (index < 0) return;
            var numeric = heads[index].hasAttribute("data-num");
            var started = performance.now();
            var keyed = rows.map(function (row, order) {
              var text = row.cells[index].textContent;
              var value = numeric ? parseFloat(text) : text.toLowerCase();
              if (numeric && isNaN(value)) value = null;
              return { row: row, value: value, order: order };
            });
            var sign = dir === "asc" ? 1 : -1;
            keyed.sort(function (a, b) {
              if (a.value === null || b.value === null) {
                if (a.value !== b.value) return a.value === null ? 1 : -1;
              } else if (a.value < b.value) {
                return -sign;
              } else if (a.value > b.value) {
                return sign;
              }
              return a.order - b.order;
            });
            var fragment = document.createDocumentFragment();
            keyed.forEach(function (item) { fragment.appendChild(item.row); });
            body.appendChild(fragment);
            for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
            heads[index].setAttribute("aria-sort", dir === "asc" ? "ascending" : "descending");
            state.sort = key;
            state.dir = dir;
            table.setAttribute("data-sort-ms", (performance.now() - started).toFixed(1));
          }

          function filter() {
            if (texts === null) {
              var searched = [];
              Array.prototype.forEach.call(heads, function (head, i) {
                if (head.hasAttribute("data-search")) searched.push(i);
              });
              texts = rows.map(function (row) {
                return searched.map(function (i) { return row.cells[i] ? row.cells[i].textContent : ""; })
                  .join(" ").toLowerCase();
              });
            }
            var query = state.q.toLowerCase();
            var count = 0;
            rows.forEach(function (row, i) {
              var visible = (!query || texts[i].indexOf(query) >= 0) &&
                (!state.status || row.getAttribute("data-status") === state.status);
              row.hidden = !visible;
              if (visible) count++;
            });
            shown.textContent = "Showing " + count + " of " + rows.length + " files.";
          }

          function save() {
            var parts = [];
            ["sort", "dir", "q", "status"].forEach(function (name) {
              if (state[name]) parts.push(name + "=" + encodeURIComponent(state[name]));
            });
            try { history.replaceState(null, "", "#" + parts.join("&")); } catch (ignored) {}
          }

          function load() {
            location.hash.replace(/^#/, "").split("&").forEach(function (part) {
              var pair = part.split("=");
              if (pair.length === 2 && state.hasOwnProperty(pair[0])) {
                try { state[pair[0]] = decodeURIComponent(pair[1]); } catch (ignored) {}
              }
            });
          }

          Array.prototype.forEach.call(heads, function (head) {
            var key = head.getAttribute("data-key");
            if (!key) return;
            var button = document.createElement("button");
            button.type = "button";
            while (head.firstChild) button.appendChild(head.firstChild);
            head.appendChild(button);
            button.addEventListener("click", function () {
              var first = head.getAttribute("data-dir") || (head.hasAttribute("data-num") ? "desc" : "asc");
              var dir = state.sort === key && state.dir === first ? (first === "asc" ? "desc" : "asc") : first;
              sortBy(key, dir);
              save();
            });
          });

          var controls = document.createElement("div");
          controls.className = "controls";
          var label = document.createElement("label");
          label.textContent = "Filter ";
          var input = document.createElement("input");
          input.type = "search";
          input.placeholder = "file, name or status";
          label.appendChild(input);
          var select = document.createElement("select");
          select.setAttribute("aria-label", "status");
          [["", "all files"], ["scored", "scored"], ["unscored", "not scored"], ["failed", "failed"]]
            .forEach(function (pair) {
              var option = document.createElement("option");
              option.value = pair[0];
              option.textContent = pair[1];
              select.appendChild(option);
            });
          controls.appendChild(label);
          controls.appendChild(document.createTextNode(" "));
          controls.appendChild(select);
          controls.appendChild(shown);
          table.parentNode.insertBefore(controls, table);
          input.addEventListener("input", function () { state.q = input.value; filter(); save(); });
          select.addEventListener("change", function () { state.status = select.value; filter(); save(); });

          load();
          input.value = state.q;
          select.value = state.status;
          if (state.sort) sortBy(state.sort, state.dir === "asc" ? "asc" : "desc");
          filter();
          document.documentElement.setAttribute("data-ready-ms", performance.now().toFixed(0));
        })();

        """

    /// The script's SHA-256 in base64, which the page's Content-Security-Policy names as the only script it may
    /// run (`script-src 'sha256-...'`). A test recomputes it, so an edit to `source` cannot go unnoticed.
    static let sha256 = "vSMGsTOLdx0//66Tl476rI531yHILQn0z8AHePmO61Y="
}

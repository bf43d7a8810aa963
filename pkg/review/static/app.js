// copydesk review desk: keyboard shortcuts and small enhancements.
// Everything works without this file; it only adds shortcuts.
(function () {
  "use strict";

  function typing(el) {
    if (!el) return false;
    var t = el.tagName;
    return t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || el.isContentEditable;
  }

  function items() {
    var rows = document.querySelectorAll("tr.queue-row");
    if (rows.length) return Array.prototype.slice.call(rows);
    return Array.prototype.slice.call(document.querySelectorAll(".flag-card"));
  }

  function selectedIndex(list) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].classList.contains("selected")) return i;
    }
    return -1;
  }

  function select(list, i) {
    if (!list.length) return;
    i = Math.max(0, Math.min(list.length - 1, i));
    list.forEach(function (el) { el.classList.remove("selected"); });
    var el = list[i];
    el.classList.add("selected");
    el.scrollIntoView({ block: "nearest" });
    if (el.classList.contains("flag-card")) {
      highlightFlag(el.getAttribute("data-flag"));
    }
  }

  function highlightFlag(idx) {
    document.querySelectorAll("mark.ev.focus").forEach(function (m) { m.classList.remove("focus"); });
    if (idx === null) return;
    document.querySelectorAll("mark.ev").forEach(function (m) {
      var flags = (m.getAttribute("data-flags") || "").split(" ");
      if (flags.indexOf(idx) >= 0) m.classList.add("focus");
    });
  }

  function current() {
    var list = items();
    var i = selectedIndex(list);
    return i >= 0 ? list[i] : null;
  }

  function clickAction(action) {
    var card = current();
    if (!card || !card.classList.contains("flag-card")) return;
    var btn = card.querySelector('button[name="action"][value="' + action + '"]');
    if (!btn) return;
    if (action === "dismiss") {
      var reason = card.querySelector("input.reason");
      if (reason && reason.value.trim() === "") {
        reason.focus();
        reason.placeholder = "Reason for dismissing, then Enter";
        reason.setAttribute("data-pending", "dismiss");
        return;
      }
    }
    btn.click();
  }

  function toggleHelp() {
    var d = document.getElementById("help");
    if (!d || typeof d.showModal !== "function") return;
    if (d.open) d.close(); else d.showModal();
  }

  // Open the collapsed boilerplate that holds a linked evidence span.
  function revealHash() {
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return;
    var d = el.closest("details");
    while (d) { d.open = true; d = d.parentElement && d.parentElement.closest("details"); }
    if (el.tagName === "MARK") {
      document.querySelectorAll("mark.ev.focus").forEach(function (m) { m.classList.remove("focus"); });
      el.classList.add("focus");
    }
    el.scrollIntoView({ block: "center" });
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(e.target)) {
      // Enter in an empty-reason dismiss submits as dismiss.
      if (e.key === "Enter" && e.target.getAttribute("data-pending") === "dismiss") {
        e.preventDefault();
        e.target.removeAttribute("data-pending");
        var form = e.target.form;
        var btn = form && form.querySelector('button[value="dismiss"]');
        if (btn) btn.click();
      } else if (e.key === "Escape") {
        e.target.blur();
      }
      return;
    }
    var list = items();
    var i = selectedIndex(list);
    switch (e.key) {
      case "j": select(list, i + 1); break;
      case "k": select(list, i < 0 ? 0 : i - 1); break;
      case "Enter":
      case "o":
        var row = current();
        if (row && row.getAttribute("data-href")) location.href = row.getAttribute("data-href");
        else return;
        break;
      case "c": clickAction("confirm"); break;
      case "d": clickAction("dismiss"); break;
      case "e": clickAction("escalate"); break;
      case "u": if (!document.querySelector("tr.queue-row")) location.href = "/queue"; break;
      case "?": toggleHelp(); break;
      default: return;
    }
    e.preventDefault();
  });

  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    if (t.closest(".help-open")) { toggleHelp(); return; }
    var row = t.closest("tr.queue-row");
    if (row && !t.closest("a, button, input, select")) {
      location.href = row.getAttribute("data-href");
    }
    var card = t.closest(".flag-card");
    if (card) {
      var list = items();
      select(list, list.indexOf(card));
    }
  });

  window.addEventListener("hashchange", revealHash);
  document.addEventListener("DOMContentLoaded", revealHash);

  // Keep the selection on a flag card after htmx replaces it.
  document.addEventListener("htmx:afterSwap", function (e) {
    var t = e.detail && e.detail.target;
    if (t && t.id && t.id.indexOf("flag-") === 0) {
      var el = document.getElementById(t.id);
      if (el) el.classList.add("selected");
    }
  });
})();

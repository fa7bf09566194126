// cs_lint playground: lint the reply as it is typed, highlight each finding
// in place, and apply a suggestion with one click. Plain browser JavaScript,
// no build step, nothing loaded from anywhere but this server.
"use strict";

(function () {
  const reply = document.getElementById("reply");
  const customer = document.getElementById("customer");
  const backdrop = document.getElementById("backdrop");
  const list = document.getElementById("findings");
  const statusLine = document.getElementById("status");
  const count = document.getElementById("count");
  const empty = document.getElementById("empty");
  const preview = document.getElementById("preview");

  let rules = {};        // code -> rule from /v1/rules (for "why")
  let findings = [];     // the findings for `linted`
  let linted = null;     // the text the findings belong to
  let sequence = 0;      // newest request; older answers are dropped
  let timer = null;

  // Finding offsets come in code points and UTF-16 units; JavaScript strings
  // index UTF-16 units, so spans use utf16_start/utf16_end and suggestion
  // edits (code points) go through this map.
  function codePointsToUnits(text) {
    const units = [0];
    let u = 0;
    for (const ch of text) {
      u += ch.length;
      units.push(u);
    }
    return units;
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle("error", Boolean(isError));
  }

  function grow() {
    reply.style.height = "auto";
    reply.style.height = Math.max(reply.scrollHeight + 2, 260) + "px";
  }

  // --- highlights -------------------------------------------------------------

  function renderBackdrop() {
    const text = reply.value;
    backdrop.textContent = "";
    const current = text === linted ? findings : [];
    const cuts = new Set([0, text.length]);
    current.forEach((f) => { cuts.add(f.utf16_start); cuts.add(f.utf16_end); });
    const points = Array.from(cuts).sort((a, b) => a - b);
    for (let k = 0; k < points.length; k++) {
      const at = points[k];
      // Zero-length findings: a thin marker where they point.
      current.forEach((f, i) => {
        if (f.utf16_start === at && f.utf16_end === at) {
          backdrop.appendChild(mark("", [i], f.severity, true));
        }
      });
      if (k + 1 === points.length) break;
      const next = points[k + 1];
      const piece = text.slice(at, next);
      const covering = [];
      current.forEach((f, i) => {
        if (f.utf16_start <= at && next <= f.utf16_end && f.utf16_start < f.utf16_end) {
          covering.push(i);
        }
      });
      if (covering.length) {
        backdrop.appendChild(mark(piece, covering, worst(covering), false));
      } else {
        backdrop.appendChild(document.createTextNode(piece));
      }
    }
    // A trailing newline needs something after it to take up its line.
    backdrop.appendChild(document.createTextNode("\n "));
    backdrop.scrollTop = reply.scrollTop;
  }

  function worst(indexes) {
    const rank = { info: 0, warning: 1, error: 2 };
    let best = "info";
    indexes.forEach((i) => {
      const s = findings[i].severity;
      if (rank[s] > rank[best]) best = s;
    });
    return best;
  }

  function mark(text, indexes, severity, point) {
    const m = document.createElement("mark");
    m.textContent = text;
    m.className = "sev-" + severity + (point ? " point" : "");
    m.dataset.findings = indexes.join(" ");
    m.dataset.codes = indexes.map((i) => findings[i].code).join(" ");
    return m;
  }

  function hot(index, on) {
    backdrop.querySelectorAll("mark").forEach((m) => {
      if (m.dataset.findings.split(" ").includes(String(index))) m.classList.toggle("hot", on);
    });
    const card = list.children[index];
    if (card) card.classList.toggle("hot", on);
  }

  // --- the findings list -------------------------------------------------------

  function renderList() {
    list.textContent = "";
    list.classList.remove("stale");
    const current = reply.value === linted ? findings : [];
    current.forEach((f, i) => list.appendChild(card(f, i)));
    count.textContent = linted === null ? "" : "(" + current.length + ")";
    empty.hidden = current.length > 0;
    if (linted !== null && !current.length) {
      empty.textContent = reply.value.trim() ? "No findings: all clear." : "Nothing to check.";
    }
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function card(f, i) {
    const li = el("li", "finding sev-" + f.severity);
    li.dataset.index = String(i);
    li.dataset.code = f.code;
    const head = el("div", "head");
    head.append(el("span", "code", f.code), el("span", "name", f.name),
      el("span", "sev", f.severity));
    li.appendChild(head);
    li.appendChild(el("p", "message", f.message));
    const rule = rules[f.code];
    if (rule && rule.why) {
      const why = el("p", "why");
      why.append(el("b", "", "Why: "), document.createTextNode(rule.why));
      li.appendChild(why);
    }
    if (f.suggestions.length) {
      const box = el("div", "suggestions");
      f.suggestions.forEach((s, k) => {
        if (s.edits.length) {
          const b = el("button", "apply", "Apply: " + s.message);
          b.type = "button";
          b.dataset.suggestion = String(k);
          b.appendChild(el("span", "kind",
            s.applicability === "safe" ? "safe" : "check the meaning"));
          b.addEventListener("click", (event) => {
            event.stopPropagation();
            apply(i, k);
          });
          box.appendChild(b);
        } else {
          box.appendChild(el("p", "tip", "Tip: " + s.message));
        }
      });
      li.appendChild(box);
    }
    li.addEventListener("mouseenter", () => hot(i, true));
    li.addEventListener("mouseleave", () => hot(i, false));
    li.addEventListener("click", () => {
      reply.focus();
      reply.setSelectionRange(f.utf16_start, f.utf16_end);
    });
    return li;
  }

  function render() {
    renderBackdrop();
    renderList();
  }

  // --- linting -----------------------------------------------------------------

  async function lint() {
    clearTimeout(timer);
    const text = reply.value;
    const id = ++sequence;
    if (!text.trim()) {
      findings = [];
      linted = text;
      setStatus("");
      render();
      return;
    }
    const body = { text: text };
    if (customer.value.trim()) body.customer = customer.value;
    if (preview.checked) body.preview = true;
    setStatus("Checking…");
    let answer;
    try {
      const response = await fetch("v1/lint", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      answer = await response.json();
      if (!response.ok) throw new Error(answer.error ? answer.error.message : response.statusText);
    } catch (err) {
      if (id === sequence) setStatus("Could not check: " + err.message, true);
      return;
    }
    if (id !== sequence) return;
    findings = answer.findings;
    linted = text;
    const n = findings.length;
    setStatus(n ? n + (n === 1 ? " finding" : " findings") : "All clear");
    render();
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(lint, 300);
  }

  // Apply suggestion k of finding i: its edits, in one undoable step.
  function apply(i, k) {
    const text = reply.value;
    if (text !== linted) return;
    const units = codePointsToUnits(text);
    const edits = findings[i].suggestions[k].edits
      .map((e) => [units[e[0]], units[e[1]], e[2]])
      .sort((a, b) => a[0] - b[0]);
    const from = edits[0][0];
    const to = Math.max.apply(null, edits.map((e) => e[1]));
    let replaced = "";
    let pos = from;
    edits.forEach((e) => {
      replaced += text.slice(pos, e[0]) + e[2];
      pos = e[1];
    });
    replaced += text.slice(pos, to);
    reply.focus();
    reply.setSelectionRange(from, to);
    // insertText keeps the browser's undo history; setRangeText is the fallback.
    const done = replaced === "" ? document.execCommand("delete")
      : document.execCommand("insertText", false, replaced);
    if (!done || reply.value.length !== text.length - (to - from) + replaced.length) {
      reply.value = text;
      reply.setRangeText(replaced, from, to, "end");
    }
    grow();
    lint();
  }

  // Show the card of the finding under the caret.
  function followCaret() {
    if (reply.value !== linted) return;
    const at = reply.selectionStart;
    findings.forEach((f, i) => {
      const inside = f.utf16_start <= at && at <= f.utf16_end;
      list.children[i] && list.children[i].classList.toggle("hot", inside);
      if (inside && list.children[i]) list.children[i].scrollIntoView({ block: "nearest" });
    });
  }

  reply.addEventListener("input", () => {
    grow();
    // Old highlights go at once; the cards stay, dimmed, until the answer.
    renderBackdrop();
    list.classList.add("stale");
    schedule();
  });
  reply.addEventListener("scroll", () => { backdrop.scrollTop = reply.scrollTop; });
  reply.addEventListener("click", followCaret);
  reply.addEventListener("keyup", followCaret);
  customer.addEventListener("input", schedule);
  preview.addEventListener("change", lint);
  document.getElementById("check").addEventListener("click", lint);
  window.addEventListener("resize", renderBackdrop);

  fetch("v1/rules")
    .then((r) => r.json())
    .then((data) => {
      data.rules.forEach((r) => { rules[r.code] = r; });
      renderList();
    })
    .catch(() => { /* the cards show without "why" */ });

  grow();
  if (reply.value) lint();
})();

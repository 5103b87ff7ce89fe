/*
  Edition site: the search page. search-index.js (the global EDITION_SEARCH, written at build time)
  lists the documents and the shards of passages (search/<year>-<n>.js, one year's documents
  each). A search loads the shards of the years it asks for, as scripts (so it works from disk
  too), builds a lunr index of each once, then shows the passages that match the words of the
  form (all of them; lunr's query syntax, such as -word or wor*, where it is used), among the
  documents that pass its filters (years, type, person, place), each with its
  document, its date and the words found, marked, linking to the passage on the document's page.
  With no words, the filters list the documents, and no shard is loaded. The form's state is kept
  in the address (?q=...&from=...), so a search can be linked to. Text is always inserted as
  text, never as HTML.
*/
(function () {
  "use strict";

  var MAX_RESULTS = 100;
  var CONTEXT = 110;
  var PUNCTUATION = /[.,;:!?"'()\[\]\u2018\u2019\u201c\u201d]/;
  var data = window.EDITION_SEARCH;
  var form = document.getElementById("site-search-form");
  var status = document.getElementById("site-search-status");
  var list = document.getElementById("site-search-results");
  if (!data || !form || typeof lunr !== "function") {
    return;
  }
  document.getElementById("site-search-nojs").hidden = true;
  form.hidden = false;

  var byId = {};
  data.documents.forEach(function (doc) { byId[doc.id] = doc; });
  var shards = {};
  data.shards.forEach(function (shard) { shards[shard.name] = shard; });

  /* A shard's script calls this: its passages, and a lunr index of them. */
  window.EDITION_SEARCH_SHARD = function (name, passages) {
    var shard = shards[name];
    if (!shard || shard.index) { return; }
    shard.passages = passages;
    shard.index = lunr(function () {
      this.ref("n");
      this.field("text");
      this.metadataWhitelist = ["position"];
      passages.forEach(function (passage, n) {
        this.add({ n: String(n), text: passage.text });
      }, this);
    });
  };

  /* Loads the shards not loaded yet, one script after another, then calls done. */
  function load(needed, done) {
    var missing = needed.filter(function (shard) { return !shard.index && !shard.failed; });
    var total = missing.length;
    function next() {
      if (missing.length === 0) { done(); return; }
      var shard = missing.shift();
      status.textContent = "Loading the search data (" + (total - missing.length) + " of " + total + ") …";
      var script = document.createElement("script");
      script.src = shard.file;
      script.onload = next;
      script.onerror = function () { shard.failed = true; next(); };
      document.head.appendChild(script);
    }
    next();
  }

  /* The shards of the years the form asks for (undated documents only when it asks for no years). */
  function neededShards() {
    var from = parseInt(field("from").value, 10);
    var to = parseInt(field("to").value, 10);
    return data.shards.filter(function (shard) {
      var year = parseInt(shard.year, 10);
      if (isNaN(year)) { return isNaN(from) && isNaN(to); }
      return !(year < from) && !(year > to);
    });
  }

  var fields = ["q", "from", "to", "type", "person", "place"];
  var runs = 0;

  function field(name) {
    return form.elements[name];
  }

  function filters() {
    var from = parseInt(field("from").value, 10);
    var to = parseInt(field("to").value, 10);
    var type = field("type").value;
    var names = [field("person").value, field("place").value].filter(function (v) { return v !== ""; });
    return function (doc) {
      var year = parseInt(doc.date.substring(0, 4), 10);
      if ((!isNaN(from) || !isNaN(to)) && isNaN(year)) { return false; }
      if (!isNaN(from) && year < from) { return false; }
      if (!isNaN(to) && year > to) { return false; }
      if (type !== "" && doc.type !== type) { return false; }
      return names.every(function (name) { return doc.names.indexOf(name) !== -1; });
    };
  }

  /* lunr's own query syntax: +word, -word, field:word, word~1, word^2, wor* */
  var SYNTAX = /(^|\s)[+\-]|[:~^*]/;

  /* Plain words must all be in a passage; a query in lunr's syntax is taken as written. */
  function lookUp(shard, words) {
    if (!SYNTAX.test(words)) { return allOf(shard.index, words); }
    try {
      return shard.index.search(words);
    } catch (e) {
      // not lunr's query syntax after all (a stray ':' or '~'): search the plain words instead
      return allOf(shard.index, words.replace(/[:~^+*\-]/g, " "));
    }
  }

  /* The passages with every word; a word the index leaves out (such as "the") asks for nothing. */
  function allOf(index, words) {
    // as the passages were indexed: punctuation trimmed, stop words left out (the query stems them)
    var terms = lunr.tokenizer(words).map(function (token) {
      return lunr.stopWordFilter(lunr.trimmer(token));
    }).filter(function (token) { return token && token.toString() !== ""; }).map(String);
    if (terms.length === 0) { return []; }
    return index.query(function (query) {
      terms.forEach(function (term) { query.term(term, { presence: lunr.Query.presence.REQUIRED }); });
    });
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function documentLink(doc, fragment) {
    var a = element("a", "site-search-title", doc.title);
    a.href = "documents/" + encodeURIComponent(doc.id) + ".html" + (fragment ? "#" + encodeURIComponent(fragment) : "");
    return a;
  }

  /* The passage's text around the first match, the matched words in mark elements. */
  function snippet(text, positions) {
    positions.sort(function (a, b) { return a[0] - b[0]; });
    var start = positions.length ? Math.max(0, positions[0][0] - CONTEXT) : 0;
    var end = Math.min(text.length, start + 2 * CONTEXT + (positions.length ? positions[0][1] : 0));
    // whole words only: move the cuts to the next space
    if (start > 0 && text.indexOf(" ", start) !== -1 && text.indexOf(" ", start) < positions[0][0]) {
      start = text.indexOf(" ", start) + 1;
    }
    if (end < text.length && text.lastIndexOf(" ", end) > start) {
      end = text.lastIndexOf(" ", end);
    }
    var p = element("p", "site-search-snippet");
    if (start > 0) { p.appendChild(document.createTextNode("… ")); }
    var at = start;
    positions.forEach(function (pos) {
      if (pos[0] < at || pos[0] + pos[1] > end) { return; }
      p.appendChild(document.createTextNode(text.substring(at, pos[0])));
      p.appendChild(element("mark", null, text.substring(pos[0], pos[0] + pos[1])));
      at = pos[0] + pos[1];
    });
    p.appendChild(document.createTextNode(text.substring(at, end)));
    if (end < text.length) { p.appendChild(document.createTextNode(" …")); }
    return p;
  }

  /* Where the words matched, without the punctuation lunr's tokens keep around a word. */
  function positionsOf(match, text) {
    var positions = [];
    Object.keys(match.matchData.metadata).forEach(function (term) {
      var found = match.matchData.metadata[term].text;
      if (found && found.position) { positions = positions.concat(found.position); }
    });
    return positions.map(function (pos) {
      var start = pos[0];
      var end = pos[0] + pos[1];
      while (start < end - 1 && PUNCTUATION.test(text.charAt(start))) { start++; }
      while (end > start + 1 && PUNCTUATION.test(text.charAt(end - 1))) { end--; }
      return [start, end - start];
    });
  }

  function show(items, counted) {
    list.textContent = "";
    items.slice(0, MAX_RESULTS).forEach(function (item) {
      var li = element("li", "site-search-result");
      li.appendChild(documentLink(item.doc, item.passage ? item.passage.id : null));
      li.appendChild(element("span", "site-search-date", " (" + item.doc.label + ", " + item.doc.type + ")"));
      if (item.passage) { li.appendChild(snippet(item.passage.text, item.positions)); }
      list.appendChild(li);
    });
    status.textContent = counted + (items.length > MAX_RESULTS ? "; the first " + MAX_RESULTS + " are shown." : ".");
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function run() {
    var token = ++runs;
    var words = field("q").value.trim();
    var accept = filters();
    var filtered = fields.slice(1).some(function (name) { return field(name).value !== ""; });
    if (words === "") {
      if (!filtered) { list.textContent = ""; status.textContent = ""; return; }
      var docs = data.documents.filter(accept).map(function (doc) { return { doc: doc }; });
      show(docs, plural(docs.length, "document") + " match the filters");
      return;
    }
    var needed = neededShards();
    load(needed, function () {
      if (token !== runs) { return; }  // a newer search started meanwhile
      var matches = [];
      needed.forEach(function (shard) {
        if (!shard.index) { return; }
        lookUp(shard, words).forEach(function (match) {
          matches.push({ shard: shard, match: match });
        });
      });
      matches.sort(function (a, b) { return b.match.score - a.match.score; });
      var items = [];
      var documents = {};
      matches.forEach(function (m) {
        var passage = m.shard.passages[parseInt(m.match.ref, 10)];
        var doc = byId[passage.doc];
        if (doc && accept(doc)) {
          items.push({ doc: doc, passage: passage, positions: positionsOf(m.match, passage.text) });
          documents[passage.doc] = true;
        }
      });
      var failed = needed.filter(function (shard) { return shard.failed; }).length;
      show(items, plural(items.length, "passage") + " in " + plural(Object.keys(documents).length, "document")
        + (failed ? " (" + plural(failed, "part") + " of the search data could not be loaded)" : ""));
    });
  }

  function remember() {
    var params = new URLSearchParams();
    fields.forEach(function (name) {
      if (field(name).value !== "") { params.set(name, field(name).value); }
    });
    try {
      history.replaceState(null, "", "?" + params.toString());
    } catch (e) {
      // some browsers refuse to change the address of a file opened from disk; the search still works
    }
  }

  var initial = new URLSearchParams(window.location.search);
  fields.forEach(function (name) {
    if (initial.has(name)) { field(name).value = initial.get(name); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
    remember();
  });
  fields.slice(1).forEach(function (name) {
    field(name).addEventListener("change", function () { run(); remember(); });
  });
  run();
}());

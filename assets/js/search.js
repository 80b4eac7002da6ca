/* Offline full-text search for search.html. Works from file:// with no server and no fetch(): the
   build writes the index as plain scripts under search/ (format in SearchIndex.java), and this file
   adds a <script> element for each one a query needs. Each data file calls one of the functions of
   window.CommentarySearch below with its data. Nothing is loaded from the network. */
(function () {
  'use strict';

  var PAGE = 10;               // results shown at first, and added by "Show more results"
  var PREFIX_SHARDS = 4;       // at most this many term shards are read for one word's prefixes
  var SNIPPET_WORDS = 32;
  var DELAY_MS = 60;           // typing pause before a query runs
  var FIELD_WEIGHT = [1, 4, 6, 10];        // body, summary, names, title (SearchPostings.java)
  var MATCH_WEIGHT = { exact: 1, prefix: 0.5, fuzzy: 0.25 };
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  // As SearchTerms.java: letters Unicode does not decompose, so that "Kilic" finds "Kılıç".
  var FOLD = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŧ': 't', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th' };
  var ASCII = /^[\x00-\x7f]*$/;
  var NOT_WORD = /[^\p{L}\p{Nd}]+/u;
  var PIECES = /([^\p{L}\p{M}\p{Nd}]+)/u;
  var FILTERS = ['region', 'theme', 'author', 'year'];

  var self = document.currentScript;
  var dataRoot = self.getAttribute('data-search');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var selects = {};
  FILTERS.forEach(function (name) { selects[name] = document.getElementById('search-' + name); });

  var manifest = null;
  var shards = {};             // shard number -> {term: postings}
  var texts = {};              // text file number -> [[path, title, summary, text], ...]
  var loading = {};            // url -> Promise
  var stats = window.COMMENTARY_SEARCH_STATS = { loaded: [], queries: 0 };

  window.CommentarySearch = {
    manifest: function (data) { manifest = data; },
    terms: function (n, data) { shards[n] = data; },
    text: function (n, data) { texts[n] = data; }
  };

  // Adds a script element for a data file once; resolves when it has run.
  function load(name) {
    var url = dataRoot + name;
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.onload = function () { stats.loaded.push(url); resolve(); };
        script.onerror = function () { reject(new Error('could not load ' + url)); };
        document.head.appendChild(script);
      });
    }
    return loading[url];
  }

  // Lower case, without accents: the same steps as SearchTerms.fold.
  function fold(text) {
    var lower = text.toLowerCase();
    if (ASCII.test(lower)) { return lower; }
    return lower.normalize('NFD').replace(/\p{M}+/gu, '')
      .replace(/[ıłøđħŧæœßþ]/g, function (c) { return FOLD[c]; });
  }

  // The query's terms, as SearchTerms.each splits text (2 to 40 characters), each once.
  function terms(query) {
    var seen = Object.create(null); // no inherited keys: "constructor" is a word too
    return fold(query).split(NOT_WORD).filter(function (t) {
      if (t.length < 2 || t.length > 40 || seen[t]) { return false; }
      seen[t] = true;
      return true;
    });
  }

  // The shard that would hold `word`, and the following ones that hold words starting with it.
  function shardsFor(word) {
    var first = manifest.shards;
    var lo = 0;
    var hi = first.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (first[mid] <= word) { lo = mid; } else { hi = mid - 1; }
    }
    var wanted = [lo];
    for (var n = lo + 1; n < first.length && wanted.length < PREFIX_SHARDS && first[n].indexOf(word) === 0; n++) {
      wanted.push(n);
    }
    return wanted;
  }

  // Edit distance of at most one (a letter added, left out or changed).
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    if (a.length === b.length) { return a.slice(i + 1) === b.slice(i + 1); }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // Adds a term's postings to `scores` (best score per article for this word) and new articles to `hits`.
  function addPostings(postings, weight, scores, hits) {
    var id = -1;
    var delta = 0;
    for (var i = 0; i < postings.length; i++) {
      var c = postings.charCodeAt(i);
      if (c >= 65 && c <= 80) {            // A-P: the flag ends a posting
        id += delta;
        delta = 0;
        var flag = c - 65;
        var score = FIELD_WEIGHT[flag >> 2] * (1 + 0.25 * (flag & 3)) * weight;
        if (scores[id] === 0) { hits.push(id); }
        if (scores[id] < score) { scores[id] = score; }
      } else {                             // 0-9, a-z: a base-36 digit of the distance
        delta = delta * 36 + (c <= 57 ? c - 48 : c - 87);
      }
    }
  }

  // For one word: a score per article (exact matches, words starting with it, near-misses) and the
  // articles with a score.
  function match(word, matched) {
    var result = { scores: new Float64Array(manifest.docs.length), hits: [] };
    shardsFor(word).forEach(function (n) {
      var shard = shards[n];
      Object.keys(shard).forEach(function (term) {
        var kind = term === word ? 'exact' : term.indexOf(word) === 0 ? 'prefix'
          : word.length >= 5 && oneEditApart(term, word) ? 'fuzzy' : null;
        if (kind) {
          matched.add(term);
          addPostings(shard[term], MATCH_WEIGHT[kind], result.scores, result.hits);
        }
      });
    });
    return result;
  }

  function filters() {
    var lists = { region: manifest.regions, theme: manifest.themes, author: manifest.authors };
    var chosen = {};
    FILTERS.forEach(function (name) {
      var value = selects[name].value;
      chosen[name] = !value || name === 'year' ? value : String(lists[name].indexOf(value));
    });
    return chosen;
  }

  // Does article `doc` ([yyyymmdd, authors, source, regions, themes]) pass the chosen filters?
  function passes(doc, chosen) {
    return (!chosen.region || doc[3].indexOf(Number(chosen.region)) >= 0)
      && (!chosen.theme || doc[4].indexOf(Number(chosen.theme)) >= 0)
      && (!chosen.author || doc[1].indexOf(Number(chosen.author)) >= 0)
      && (!chosen.year || Math.floor(doc[0] / 10000) === Number(chosen.year));
  }

  // Articles matching every word, best first (then newest first), with the terms that matched.
  function find(words, chosen) {
    var matched = new Set();
    var perWord = words.map(function (word) { return match(word, matched); });
    perWord.sort(function (a, b) { return a.hits.length - b.hits.length; });
    var hits = [];
    if (perWord.length) {
      perWord[0].hits.forEach(function (id) {
        var total = 0;
        for (var w = 0; w < perWord.length; w++) {
          var s = perWord[w].scores[id];
          if (s === 0) { return; }
          total += s;
        }
        if (passes(manifest.docs[id], chosen)) { hits.push({ id: id, score: total }); }
      });
    } else {
      manifest.docs.forEach(function (doc, id) {
        if (passes(doc, chosen)) { hits.push({ id: id, score: 0 }); }
      });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return { ids: hits.map(function (h) { return h.id; }), matched: matched };
  }

  // --- Showing results -------------------------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function isMatch(piece, matched) {
    return piece && matched.has(fold(piece));
  }

  // Appends `text` to `parent`, every word that matched wrapped in <mark>.
  function highlighted(parent, text, matched) {
    text.split(PIECES).forEach(function (piece, i) {
      if (i % 2 === 0 && isMatch(piece, matched)) {
        parent.appendChild(element('mark', null, piece));
      } else if (piece) {
        parent.appendChild(document.createTextNode(piece));
      }
    });
    return parent;
  }

  // About SNIPPET_WORDS words of the body around the first use of a word as typed (else of any word
  // that matched), with "…" where cut; else the summary, else the start of the text.
  function snippet(summary, text, exact, matched) {
    var words = text.split(/\s+/);
    for (var pass = 0; pass < 2; pass++) {
      var wanted = pass === 0 ? exact : matched;
      for (var i = 0; i < words.length; i++) {
        if (words[i].split(PIECES).some(function (p, k) { return k % 2 === 0 && isMatch(p, wanted); })) {
          var from = Math.max(0, i - 10);
          var to = Math.min(words.length, from + SNIPPET_WORDS);
          return (from > 0 ? '… ' : '') + words.slice(from, to).join(' ') + (to < words.length ? ' …' : '');
        }
      }
    }
    if (summary) { return summary; }
    return words.length > SNIPPET_WORDS ? words.slice(0, SNIPPET_WORDS).join(' ') + ' …' : text;
  }

  function dateLabel(yyyymmdd) {
    return Math.floor(yyyymmdd % 100) + ' ' + MONTHS[Math.floor(yyyymmdd / 100) % 100 - 1] + ' '
      + Math.floor(yyyymmdd / 10000);
  }

  function isoDate(yyyymmdd) {
    var s = String(yyyymmdd);
    return s.slice(0, 4) + '-' + s.slice(4, 6) + '-' + s.slice(6);
  }

  function names(list) {
    if (list.length < 2) { return list.join(''); }
    return list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1];
  }

  function render(id, exact, matched) {
    var doc = manifest.docs[id];
    var text = texts[Math.floor(id / manifest.chunk)][id % manifest.chunk];
    var item = element('li', 'search-result');
    var kicker = element('p', 'kicker search-result__kicker');
    highlighted(kicker, doc[3].map(function (n) { return manifest.regions[n]; }).join(' · '), matched);
    if (doc[4].length) {
      kicker.appendChild(document.createTextNode(' / '));
      highlighted(kicker, doc[4].map(function (n) { return manifest.themes[n]; }).join(' · '), matched);
    }
    item.appendChild(kicker);
    var heading = element('h2', 'search-result__title');
    var link = element('a');
    link.href = pageRoot + text[0];
    highlighted(link, text[1], matched);
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = element('p', 'search-result__meta');
    meta.appendChild(document.createTextNode('By '));
    highlighted(meta, names(doc[1].map(function (n) { return manifest.authors[n]; })), matched);
    meta.appendChild(document.createTextNode(' · '));
    var time = element('time', null, dateLabel(doc[0]));
    time.dateTime = isoDate(doc[0]);
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(' · '));
    highlighted(meta, manifest.sources[doc[2]], matched);
    item.appendChild(meta);
    item.appendChild(highlighted(element('p', 'search-result__snippet'), snippet(text[2], text[3], exact, matched), matched));
    return item;
  }

  var current = null;          // the results on show: {ids, matched, shown, run}
  var runs = 0;

  // Loads the text files of the next PAGE results and appends them; resolves to the first new link.
  function showMore() {
    var state = current;
    var next = state.ids.slice(state.shown, state.shown + PAGE);
    var files = {};
    next.forEach(function (id) { files[Math.floor(id / manifest.chunk)] = true; });
    return Promise.all(Object.keys(files).map(function (n) { return load('text/' + n + '.js'); })).then(function () {
      if (state !== current) { return null; }
      var fragment = document.createDocumentFragment();
      next.forEach(function (id) { fragment.appendChild(render(id, state.exact, state.matched)); });
      var firstNew = fragment.firstChild;
      list.appendChild(fragment);
      state.shown += next.length;
      more.hidden = state.shown >= state.ids.length;
      return firstNew && firstNew.querySelector('a');
    });
  }

  function describe(query, chosen, count) {
    var parts = [];
    if (chosen.region) { parts.push(manifest.regions[chosen.region]); }
    if (chosen.theme) { parts.push(manifest.themes[chosen.theme]); }
    if (chosen.author) { parts.push(manifest.authors[chosen.author]); }
    if (chosen.year) { parts.push(chosen.year); }
    var what = (query ? ' “' + query + '”' : '') + (parts.length ? ' in ' + parts.join(', ') : '');
    if (!count) { return 'No articles match' + what + '.'; }
    return (count === 1 ? '1 article matches' : count + ' articles match') + what + '.';
  }

  // Runs the form's query and filters; `keyAt` is when the last key was pressed (for the benchmark).
  function run(keyAt) {
    var run = ++runs;
    var query = input.value.trim();
    var chosen = filters();
    var words = terms(query);
    var filtered = FILTERS.some(function (name) { return chosen[name]; });
    syncAddress(query, chosen);
    if (!words.length && !filtered) {
      current = null;
      list.textContent = '';
      more.hidden = true;
      status.textContent = query ? 'Type a word of two letters or more.'
        : 'Type to search the full text of ' + manifest.docs.length + ' articles, or choose a filter.';
      return Promise.resolve();
    }
    var needed = {};
    words.forEach(function (word) { shardsFor(word).forEach(function (n) { needed[n] = true; }); });
    return Promise.all(Object.keys(needed).map(function (n) { return load('terms/' + n + '.js'); }))
      .then(function () {
        if (run !== runs) { return null; }
        var found = find(words, chosen);
        current = { ids: found.ids, exact: new Set(words), matched: found.matched, shown: 0 };
        list.textContent = '';
        return showMore();
      })
      .then(function () {
        if (run !== runs) { return; }
        status.textContent = describe(query, chosen, current.ids.length);
        stats.queries++;
        stats.results = current.ids.length;
        stats.query = query;
        if (keyAt !== undefined) { stats.keyToResultsMs = performance.now() - keyAt; }
        form.setAttribute('data-results', String(stats.queries));
      })
      .catch(function (error) {
        status.textContent = 'Part of the search index could not be loaded (' + error.message + ').';
      });
  }

  // The address always holds the query and filters, so results can be linked and bookmarked.
  function syncAddress(query, chosen) {
    var params = new URLSearchParams();
    if (query) { params.set('q', query); }
    FILTERS.forEach(function (name) {
      if (chosen[name]) { params.set(name, selects[name].value); }
    });
    var search = params.toString();
    if (('?' + search) !== window.location.search && (search || window.location.search)) {
      try {
        history.replaceState(null, '', search ? '?' + search : window.location.pathname);
      } catch (ignored) {
        // Some browsers refuse to change a file:// address; the results are still shown.
      }
    }
  }

  function fillFilters(params) {
    var years = {};
    manifest.docs.forEach(function (doc) { years[Math.floor(doc[0] / 10000)] = true; });
    var choices = {
      region: manifest.regions, theme: manifest.themes, author: manifest.authors,
      year: Object.keys(years).sort().reverse()
    };
    FILTERS.forEach(function (name) {
      var select = selects[name];
      var wanted = params.get(name);
      choices[name].forEach(function (label) {
        var option = element('option', null, String(label));
        option.value = String(label);
        if (String(label) === wanted) { option.selected = true; }
        select.appendChild(option);
      });
    });
  }

  var pageRoot = self.getAttribute('data-root');
  var timer = null;
  var lastKey = 0;

  input.addEventListener('keydown', function () { lastKey = performance.now(); });
  load('manifest.js').then(function () {
    var params = new URLSearchParams(window.location.search);
    fillFilters(params);
    if (params.get('q')) { input.value = params.get('q'); }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(lastKey); }, DELAY_MS);
    });
    FILTERS.forEach(function (name) {
      selects[name].addEventListener('change', function () { run(); });
    });
    // Enter or the button: a new address, so the back button returns to the previous query.
    form.addEventListener('submit', function () { clearTimeout(timer); });
    more.addEventListener('click', function () {
      showMore().then(function (link) { if (link) { link.focus(); } });
    });
    stats.articles = manifest.docs.length;
    return run();
  }).then(function () {
    form.setAttribute('data-ready', 'true');
  }, function () {
    status.textContent = 'The search index could not be loaded. Browse by region, theme, author or source instead.';
  });
}());

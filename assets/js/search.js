/* Offline search for search.html. Works from file:// with no server: the data comes from
   search-index.js (window.COMMENTARY_SEARCH, written by the build) and the index is built here
   with MiniSearch (js/vendor/minisearch-7.2.0, MIT). Nothing is fetched from the network. */
(function () {
  'use strict';

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  // MiniSearch's own tokenizer: words are separated by spaces and punctuation.
  var SEPARATORS = /([\n\r\p{Z}\p{P}]+)/u;
  // Letters that Unicode does not decompose, so that "Kilic" finds "Kılıç" and "Lodz" "Łódź".
  var FOLD = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŧ': 't', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th' };
  var ASCII = /^[\x00-\x7f]*$/;
  var SHOWN = 50;
  var SNIPPET_WORDS = 40;

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var data = window.COMMENTARY_SEARCH;

  if (!data || typeof MiniSearch === 'undefined') {
    status.textContent = 'The search index could not be loaded. Browse by region, theme, author or source instead.';
    return;
  }

  var started = performance.now();
  var docs = data.articles.map(function (a, i) {
    return {
      id: i,
      path: a[0],
      title: a[1],
      date: a[2],
      authors: a[3].map(function (n) { return data.authors[n]; }),
      source: data.sources[a[4]],
      regions: a[5].map(function (n) { return data.regions[n]; }),
      themes: a[6].map(function (n) { return data.themes[n]; }),
      summary: a[7],
      body: a[8]
    };
  });

  // Lower case, without accents: used for the index, for queries and for highlighting alike.
  function fold(term) {
    var lower = term.toLowerCase();
    if (ASCII.test(lower)) { return lower; }
    return lower.normalize('NFD').replace(/\p{M}+/gu, '')
      .replace(/[ıłøđħŧæœßþ]/g, function (c) { return FOLD[c]; });
  }

  var search = new MiniSearch({
    fields: ['title', 'authors', 'source', 'regions', 'themes', 'summary', 'body'],
    extractField: function (doc, field) {
      var value = doc[field];
      return Array.isArray(value) ? value.join(' ') : value;
    },
    processTerm: fold,
    searchOptions: {
      boost: { title: 3, authors: 2, source: 1.5, regions: 1.5, themes: 1.5, summary: 1.2 },
      prefix: true,
      fuzzy: function (term) { return term.length > 4 ? 0.2 : false; },
      combineWith: 'AND'
    }
  });

  function label(iso) {
    var p = iso.split('-');
    return Number(p[2]) + ' ' + MONTHS[Number(p[1]) - 1] + ' ' + p[0];
  }

  function names(list) {
    if (list.length < 2) { return list.join(''); }
    return list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1];
  }

  // Appends `text` to `parent`, wrapping every word that matched in <mark>.
  function highlighted(parent, text, matched) {
    text.split(SEPARATORS).forEach(function (part, i) {
      if (i % 2 === 0 && part && matched.has(fold(part))) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        parent.appendChild(mark);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
    return parent;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  // The summary if it matched, else the part of the body around the first match.
  function snippet(doc, matched) {
    var fields = [doc.summary, doc.body];
    for (var f = 0; f < fields.length; f++) {
      var words = (fields[f] || '').split(/\s+/);
      for (var i = 0; i < words.length; i++) {
        var tokens = words[i].split(SEPARATORS);
        var hit = tokens.some(function (t, k) { return k % 2 === 0 && t && matched.has(fold(t)); });
        if (hit) {
          if (f === 0 || words.length <= SNIPPET_WORDS) { return fields[f]; }
          var from = Math.max(0, i - 12);
          var to = Math.min(words.length, from + SNIPPET_WORDS);
          return (from > 0 ? '… ' : '') + words.slice(from, to).join(' ') + (to < words.length ? ' …' : '');
        }
      }
    }
    var text = doc.summary || doc.body || '';
    var all = text.split(/\s+/);
    return all.length > SNIPPET_WORDS ? all.slice(0, SNIPPET_WORDS).join(' ') + ' …' : text;
  }

  function render(result, matched) {
    var doc = docs[result.id];
    var item = element('li', 'search-result');
    var kicker = element('p', 'kicker search-result__kicker');
    highlighted(kicker, doc.regions.join(' · '), matched);
    if (doc.themes.length) {
      kicker.appendChild(document.createTextNode(' / '));
      highlighted(kicker, doc.themes.join(' · '), matched);
    }
    item.appendChild(kicker);
    var heading = element('h2', 'search-result__title');
    var link = element('a');
    link.href = doc.path;
    highlighted(link, doc.title, matched);
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = element('p', 'search-result__meta');
    meta.appendChild(document.createTextNode('By '));
    highlighted(meta, names(doc.authors), matched);
    meta.appendChild(document.createTextNode(' · '));
    var time = element('time', null, label(doc.date));
    time.dateTime = doc.date;
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(' · '));
    highlighted(meta, doc.source, matched);
    item.appendChild(meta);
    item.appendChild(highlighted(element('p', 'search-result__snippet'), snippet(doc, matched), matched));
    return item;
  }

  function run(query) {
    list.textContent = '';
    query = query.trim();
    if (!query) {
      status.textContent = 'Type to search ' + docs.length + ' articles by title, author, source, region, theme or text.';
      return;
    }
    var results = search.search(query);
    var fragment = document.createDocumentFragment();
    results.slice(0, SHOWN).forEach(function (result) {
      fragment.appendChild(render(result, new Set(result.terms)));
    });
    list.appendChild(fragment);
    if (!results.length) {
      status.textContent = 'No articles match “' + query + '”.';
    } else {
      status.textContent = (results.length === 1 ? '1 article matches' : results.length + ' articles match')
        + ' “' + query + '”' + (results.length > SHOWN ? '; the first ' + SHOWN + ' are shown.' : '.');
    }
  }

  var ready = false;
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    if (ready) { timer = setTimeout(function () { run(input.value); }, 120); }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    if (ready) { run(input.value); }
  });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; }
  // Indexed in chunks, so a large collection never freezes the page; a query typed meanwhile
  // runs as soon as the index is ready.
  status.textContent = 'Preparing the index of ' + docs.length + ' articles…';
  search.addAllAsync(docs, { chunkSize: 1000 }).then(function () {
    window.COMMENTARY_SEARCH_STATS = { articles: docs.length, indexMs: Math.round(performance.now() - started) };
    ready = true;
    run(input.value);
    form.setAttribute('data-ready', 'true');
  });
}());

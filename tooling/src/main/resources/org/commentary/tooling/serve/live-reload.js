(function (config) {
  'use strict';
  // Added by ./commentary serve only: reloads this page when a build changes it, or a stylesheet,
  // script or image it uses, and shows a build's problems over the last good page.
  function sitePath(url) {
    var path = decodeURIComponent(new URL(url, location.href).pathname).replace(/^\/+/, '');
    return path === '' || path.slice(-1) === '/' ? path + 'index.html' : path;
  }

  var generation = config.generation;
  var shown = [config.page, sitePath(location.href)];

  function affected(paths) {
    if (shown.some(function (path) { return paths.indexOf(path) >= 0; })) {
      return true;
    }
    var used = document.querySelectorAll('link[rel~="stylesheet"][href], script[src], img[src]');
    for (var i = 0; i < used.length; i++) {
      var url = new URL(used[i].getAttribute('href') || used[i].getAttribute('src'), location.href);
      if (url.origin === location.origin && paths.indexOf(sitePath(url.href)) >= 0) {
        return true;
      }
    }
    return false;
  }

  var overlay = null;

  function hideProblems() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  // Problems are text, never markup: every line goes in with textContent.
  function showProblems(report) {
    hideProblems();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('data-commentary-serve', 'problems');
    overlay.style.cssText = 'position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483647;overflow:auto;'
      + 'box-sizing:border-box;padding:1.5rem 2rem;background:rgba(24,24,24,.94);color:#f4f4f4;'
      + 'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left';
    var title = document.createElement('p');
    title.style.cssText = 'margin:0 0 1rem;font-weight:bold;color:#ff9e80';
    title.textContent = report.summary;
    var lines = document.createElement('pre');
    lines.style.cssText = 'margin:0;white-space:pre-wrap;font:inherit';
    lines.textContent = report.problems.join('\n');
    var hint = document.createElement('p');
    hint.style.cssText = 'margin:1rem 0 0;color:#bdbdbd';
    hint.textContent = 'Behind this: the last good build. Save a fix and this page updates by itself. (Click to hide.)';
    overlay.appendChild(title);
    overlay.appendChild(lines);
    overlay.appendChild(hint);
    overlay.addEventListener('click', hideProblems);
    document.body.appendChild(overlay);
  }

  var events = new EventSource(config.events);
  events.addEventListener('hello', function (event) {
    // A build finished between serving this page and listening (or serve restarted): catch up.
    if (JSON.parse(event.data).generation !== generation) {
      location.reload();
    }
  });
  events.addEventListener('errors', function (event) {
    showProblems(JSON.parse(event.data));
  });
  events.addEventListener('reload', function (event) {
    var build = JSON.parse(event.data);
    generation = build.generation;
    hideProblems();
    if (build.all || affected(build.changed.concat(build.removed))) {
      location.reload();
    }
  });
})(/*CONFIG*/);

// The copy-link button on article pages. Without JavaScript the page keeps a plain link to the article's
// address; with it, that link becomes a button that copies the address, and a status line says whether it
// worked. Nothing is fetched, so it works from file:// and in the offline copy too.
(function () {
  'use strict';

  // The old way, for browsers without the asynchronous clipboard (or when it is refused).
  function copyWithSelection(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try {
        copied = document.execCommand('copy');
      } catch (e) {
        copied = false;
      }
      document.body.removeChild(area);
      if (copied) {
        resolve();
      } else {
        reject(new Error('copying was refused'));
      }
    });
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(function () {
        return copyWithSelection(text);
      });
    }
    return copyWithSelection(text);
  }

  Array.prototype.forEach.call(document.querySelectorAll('a[data-copy-link]'), function (link) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link__button';
    button.textContent = 'Copy link';
    var status = document.createElement('span');
    status.className = 'copy-link__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      var address = link.href;
      copy(address).then(function () {
        status.textContent = 'Link copied.';
      }, function () {
        status.textContent = 'Could not copy; the address is ' + address;
      });
    });
    link.hidden = true;
    link.parentNode.insertBefore(button, link);
    link.parentNode.insertBefore(status, link.nextSibling);
  });
}());

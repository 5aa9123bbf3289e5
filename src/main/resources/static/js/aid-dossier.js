// The dossier tab's several-files panel: the official chooses many files, picks the document each one is, and the
// files go one after another in the background, each with its progress bar and the server's answer in words. The
// checklist is then redrawn from the server; the page is never reloaded. Without this file the panel stays hidden and
// the one-file forms of the checklist do the same work.
(function () {
  function typeChoices(panel) {
    return Array.prototype.slice.call(panel.querySelector('#batch-types').content.querySelectorAll('option'));
  }

  // Each file gets the first document still missing that no earlier file took; the official can change it.
  function guessType(choices, taken) {
    var missing = choices.filter(function (option) {
      return option.dataset.present !== 'true' && taken.indexOf(option.value) < 0;
    });
    return (missing[0] || choices[0]).value;
  }

  function cell(row, content) {
    var td = document.createElement('td');
    if (content) {
      td.appendChild(content);
    }
    row.appendChild(td);
    return td;
  }

  function fileRow(panel, file, index, taken) {
    var row = document.createElement('tr');
    var name = document.createElement('span');
    name.textContent = file.name;
    cell(row, name);
    var select = document.createElement('select');
    select.className = 'form-select form-select-sm';
    select.id = 'batch-type-' + index;
    select.setAttribute('aria-label', file.name);
    typeChoices(panel).forEach(function (option) {
      select.appendChild(option.cloneNode(true));
    });
    select.value = guessType(typeChoices(panel), taken);
    taken.push(select.value);
    cell(row, select);
    var progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', file.name);
    cell(row, progress);
    var outcome = cell(row, null);
    outcome.className = 'small batch-outcome';
    outcome.textContent = panel.dataset.textWaiting;
    return row;
  }

  function send(panel, file, row) {
    return new Promise(function (resolve) {
      var type = row.querySelector('select').value;
      var progress = row.querySelector('progress');
      var outcome = row.querySelector('.batch-outcome');
      var request = new XMLHttpRequest();
      var body = new FormData();
      body.append('file', file);
      request.open('POST', panel.dataset.uploadUrl + encodeURIComponent(type));
      request.setRequestHeader('Accept', 'application/json');
      request.setRequestHeader(panel.dataset.csrfHeader, panel.dataset.csrfToken);
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) {
          progress.value = Math.round(100 * event.loaded / event.total);
        }
      };
      request.onload = function () {
        var answer = null;
        try {
          answer = JSON.parse(request.responseText);
        } catch (ignored) {
          answer = null;
        }
        var stored = answer !== null && answer.stored === true;
        progress.value = stored ? 100 : progress.value;
        outcome.textContent = answer !== null ? answer.message : panel.dataset.textFailed;
        outcome.className = 'small batch-outcome ' + (stored ? 'text-success' : 'text-danger fw-semibold');
        resolve(stored);
      };
      request.onerror = function () {
        outcome.textContent = panel.dataset.textFailed;
        outcome.className = 'small batch-outcome text-danger fw-semibold';
        resolve(false);
      };
      outcome.textContent = panel.dataset.textSending;
      request.send(body);
    });
  }

  // The checklist and the "still missing" notice as the server now sees them.
  function redraw(panel) {
    return fetch(panel.dataset.refreshUrl, {headers: {Accept: 'text/html'}}).then(function (answer) {
      return answer.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      ['dossier-checklist', 'dossier-missing'].forEach(function (id) {
        var now = document.getElementById(id);
        var then = fresh.getElementById(id);
        if (now && then) {
          now.replaceWith(document.importNode(then, true));
        } else if (now) {
          now.remove();
        }
      });
    });
  }

  function start(panel) {
    var input = panel.querySelector('#batch-files');
    var button = panel.querySelector('#batch-start');
    var list = panel.querySelector('#batch-list');
    var summary = panel.querySelector('#batch-summary');
    var files = [];
    input.addEventListener('change', function () {
      files = Array.prototype.slice.call(input.files);
      var body = list.querySelector('tbody');
      body.innerHTML = '';
      var taken = [];
      files.forEach(function (file, index) {
        body.appendChild(fileRow(panel, file, index, taken));
      });
      list.hidden = files.length === 0;
      button.disabled = files.length === 0;
      summary.textContent = '';
    });
    button.addEventListener('click', function () {
      var rows = list.querySelectorAll('tbody tr');
      var stored = 0;
      button.disabled = true;
      input.disabled = true;
      var chain = Promise.resolve();
      files.forEach(function (file, index) {
        chain = chain.then(function () {
          return send(panel, file, rows[index]).then(function (ok) {
            stored += ok ? 1 : 0;
          });
        });
      });
      chain.then(function () {
        return redraw(panel);
      }).then(function () {
        summary.textContent = panel.dataset.textDone.replace('{stored}', stored)
            .replace('{refused}', files.length - stored);
        input.value = '';
        input.disabled = false;
      });
    });
    panel.hidden = false;
  }

  function init() {
    var panel = document.getElementById('dossier-batch');
    if (panel && panel.hidden && !panel.dataset.started) {
      panel.dataset.started = 'true';
      start(panel);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
  document.addEventListener('htmx:afterSwap', init);
})();

// Pickers for what a form takes as lines of text: sectors and communes with their shares ("12220 60"), parties
// ("CO_DONOR; Tên"). The official searches names in either language, with or without diacritics, and picks; the
// picker writes the same lines into the form's own text area, which the server reads and checks as before. Without
// this file the text areas work as they are.
(function () {
  function fold(text) {
    return (text || '').toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function lines(text) {
    return (text || '').split('\n').map(function (line) {
      return line.trim();
    }).filter(function (line) {
      return line.length > 0;
    });
  }

  // The text area gives way to the picker; its label, hint and error now describe the picker's search field.
  function takeOver(wrapper, textarea, focusable) {
    textarea.hidden = true;
    var label = wrapper.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      label.htmlFor = focusable.id;
    }
    ['aria-describedby', 'aria-invalid'].forEach(function (name) {
      if (textarea.hasAttribute(name)) {
        focusable.setAttribute(name, textarea.getAttribute(name));
      }
    });
  }

  function sharesPicker(wrapper) {
    var textarea = wrapper.querySelector('textarea');
    var texts = wrapper.dataset;
    var chosen = [];
    var names = {};
    var all = null;

    var table = element('table', 'table table-sm align-middle mb-1 vt-picked');
    var body = element('tbody');
    table.appendChild(body);
    var total = element('p', 'small mb-2 vt-picked-total');
    total.setAttribute('aria-live', 'polite');
    var search = element('input', 'form-control');
    search.type = 'search';
    search.id = textarea.id + '-search';
    search.autocomplete = 'off';
    search.placeholder = texts.textSearch;
    var results = element('div', 'vt-pick-results border rounded mt-1 p-2');
    results.id = textarea.id + '-results';
    results.hidden = true;
    textarea.after(table, total, search, results);
    takeOver(wrapper, textarea, search);

    function write() {
      textarea.value = chosen.map(function (row) {
        return row.code + ' ' + row.percent;
      }).join('\n');
      var sum = chosen.reduce(function (acc, row) {
        return acc + (parseFloat(row.percent) || 0);
      }, 0);
      total.textContent = texts.textTotal.replace('{0}', String(Math.round(sum * 100) / 100));
      total.className = 'small mb-2 vt-picked-total ' + (chosen.length && Math.abs(sum - 100) > 0.001
          ? 'text-danger fw-semibold' : 'text-body-secondary');
      total.hidden = chosen.length === 0;
    }

    function draw() {
      body.innerHTML = '';
      chosen.forEach(function (row, index) {
        var tr = element('tr');
        tr.dataset.code = row.code;
        var name = element('td', null, (names[row.code] || '') + ' (' + row.code + ')');
        var share = element('td', 'vt-share');
        var percent = element('input', 'form-control form-control-sm');
        percent.type = 'number';
        percent.min = '0';
        percent.max = '100';
        percent.step = '0.01';
        percent.value = row.percent;
        percent.id = textarea.id + '-share-' + index;
        percent.setAttribute('aria-label', texts.textPercent + ' ' + (names[row.code] || row.code));
        percent.addEventListener('input', function () {
          row.percent = percent.value;
          write();
        });
        share.appendChild(percent);
        var remove = element('button', 'btn btn-sm btn-outline-danger', texts.textRemove);
        remove.type = 'button';
        remove.setAttribute('aria-label', texts.textRemove + ' ' + (names[row.code] || row.code));
        remove.addEventListener('click', function () {
          chosen.splice(index, 1);
          draw();
          search.focus();
        });
        var actions = element('td', 'text-end');
        actions.appendChild(remove);
        tr.append(name, share, actions);
        body.appendChild(tr);
      });
      table.hidden = chosen.length === 0;
      write();
    }

    function choose(pick) {
      names[pick.code] = pick.label;
      if (!chosen.some(function (row) { return row.code === pick.code; })) {
        var used = chosen.reduce(function (acc, row) { return acc + (parseFloat(row.percent) || 0); }, 0);
        chosen.push({code: pick.code, percent: String(Math.max(0, Math.round((100 - used) * 100) / 100))});
      }
      draw();
      search.value = '';
      results.hidden = true;
      document.getElementById(textarea.id + '-share-' + (chosen.length - 1)).focus();
    }

    function option(pick) {
      var button = element('button', 'btn btn-link btn-sm text-start d-block p-0 mb-1 vt-pick',
          pick.code + ' · ' + pick.label);
      button.type = 'button';
      button.dataset.code = pick.code;
      button.addEventListener('click', function () {
        choose(pick);
      });
      return button;
    }

    // Sectors are drawn as a tree, group by group: folded until the official types, open on what matches.
    function showTree(picks, open) {
      results.innerHTML = '';
      var groups = {};
      var order = [];
      picks.forEach(function (pick) {
        var key = pick.group || '';
        if (!groups[key]) {
          groups[key] = [];
          order.push(key);
        }
        groups[key].push(pick);
      });
      order.forEach(function (key) {
        var details = element('details', 'mb-1');
        details.open = open;
        details.appendChild(element('summary', 'small fw-semibold',
            key + ' · ' + (groups[key][0].groupLabel || key) + ' (' + groups[key].length + ')'));
        groups[key].forEach(function (pick) {
          details.appendChild(option(pick));
        });
        results.appendChild(details);
      });
      if (!picks.length) {
        results.appendChild(element('p', 'small mb-0', texts.textNone));
      }
      results.hidden = false;
    }

    function showList(picks) {
      results.innerHTML = '';
      picks.forEach(function (pick) {
        results.appendChild(option(pick));
      });
      if (!picks.length) {
        results.appendChild(element('p', 'small mb-0', texts.textNone));
      }
      results.hidden = false;
    }

    function json(url) {
      return fetch(url, {headers: {Accept: 'application/json'}}).then(function (answer) {
        return answer.ok ? answer.json() : [];
      });
    }

    var pending = null;
    function lookUp() {
      var query = fold(search.value.trim());
      if (texts.picker === 'sectors') {
        var matches = all.filter(function (pick) {
          return !query || pick.folded.indexOf(query) >= 0;
        });
        showTree(matches, query.length > 0);
        return;
      }
      clearTimeout(pending);
      if (query.length < 2) {
        results.hidden = true;
        return;
      }
      pending = setTimeout(function () {
        json(texts.source + '?q=' + encodeURIComponent(search.value.trim())).then(showList);
      }, 250);
    }

    lines(textarea.value).forEach(function (line) {
      var parts = line.split(/\s+/);
      chosen.push({code: parts[0], percent: (parts[1] || '').replace(',', '.')});
    });
    var codes = chosen.map(function (row) { return row.code; });
    var ready = texts.picker === 'sectors'
        ? json(texts.source).then(function (picks) {
          all = picks.map(function (pick) {
            pick.folded = fold(pick.code + ' ' + pick.label + ' ' + pick.group + ' ' + pick.groupLabel);
            names[pick.code] = pick.label;
            return pick;
          });
        })
        : (codes.length ? json(texts.source + '?codes=' + encodeURIComponent(codes.join(','))) : Promise.resolve([]))
            .then(function (picks) {
              picks.forEach(function (pick) {
                names[pick.code] = pick.label;
              });
            });
    ready.then(draw);
    search.addEventListener('input', lookUp);
    search.addEventListener('focus', function () {
      if (texts.picker === 'sectors' && all) {
        lookUp();
      }
    });
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        results.hidden = true;
      }
    });
    document.addEventListener('click', function (event) {
      if (!wrapper.contains(event.target)) {
        results.hidden = true;
      }
    });
  }

  // Parties: one row each, the role chosen by its name, the party's name typed.
  function partiesPicker(wrapper) {
    var textarea = wrapper.querySelector('textarea');
    var texts = wrapper.dataset;
    var roles = Array.prototype.map.call(wrapper.querySelector('template').content.querySelectorAll('option'),
        function (option) {
          return {value: option.value, label: option.textContent};
        });
    var list = element('div', 'vt-parties');
    var add = element('button', 'btn btn-sm btn-outline-primary', texts.textAdd);
    add.type = 'button';
    add.id = textarea.id + '-add';
    textarea.after(list, add);
    takeOver(wrapper, textarea, add);

    function write() {
      textarea.value = Array.prototype.map.call(list.querySelectorAll('.vt-party'), function (row) {
        var name = row.querySelector('input').value.trim();
        return name ? row.querySelector('select').value + '; ' + name : '';
      }).filter(function (line) { return line; }).join('\n');
    }

    function row(role, name) {
      var index = list.children.length;
      var line = element('div', 'row g-2 mb-2 vt-party');
      var roleCell = element('div', 'col-md-4');
      var select = element('select', 'form-select form-select-sm');
      select.id = textarea.id + '-role-' + index;
      select.setAttribute('aria-label', texts.textRole);
      roles.forEach(function (choice) {
        var option = element('option', null, choice.label);
        option.value = choice.value;
        option.selected = choice.value === role;
        select.appendChild(option);
      });
      roleCell.appendChild(select);
      var nameCell = element('div', 'col-md-6');
      var input = element('input', 'form-control form-control-sm');
      input.id = textarea.id + '-name-' + index;
      input.value = name;
      input.setAttribute('aria-label', texts.textName);
      nameCell.appendChild(input);
      var removeCell = element('div', 'col-md-2');
      var remove = element('button', 'btn btn-sm btn-outline-danger', texts.textRemove);
      remove.type = 'button';
      remove.addEventListener('click', function () {
        line.remove();
        write();
      });
      removeCell.appendChild(remove);
      line.append(roleCell, nameCell, removeCell);
      [select, input].forEach(function (field) {
        field.addEventListener('input', write);
        field.addEventListener('change', write);
      });
      list.appendChild(line);
      return input;
    }

    lines(textarea.value).forEach(function (line) {
      var parts = line.split(';');
      row(parts[0].trim().toUpperCase(), parts.slice(1).join(';').trim());
    });
    add.addEventListener('click', function () {
      row(roles[0].value, '').focus();
    });
  }

  // A list filter that takes a name: suggestions from the server as the official types, each suggestion's code
  // posted when chosen; a name typed and not chosen is looked up by the list itself.
  function suggestions(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var pending = null;
    input.addEventListener('input', function () {
      clearTimeout(pending);
      var text = input.value.trim();
      if (text.length < 2 || /^\d+$/.test(text)) {
        return;
      }
      pending = setTimeout(function () {
        fetch(input.dataset.source + '?q=' + encodeURIComponent(text), {headers: {Accept: 'application/json'}})
            .then(function (answer) {
              return answer.ok ? answer.json() : [];
            }).then(function (picks) {
              list.innerHTML = '';
              picks.forEach(function (pick) {
                var option = element('option', null, pick.label);
                option.value = pick.code;
                option.label = pick.label;
                list.appendChild(option);
              });
            });
      }, 250);
    });
  }

  function enhance(root) {
    root.querySelectorAll('input[data-suggest]').forEach(function (input) {
      if (!input.dataset.enhanced) {
        input.dataset.enhanced = 'true';
        suggestions(input);
      }
    });
    root.querySelectorAll('[data-picker]').forEach(function (wrapper) {
      if (wrapper.dataset.enhanced) {
        return;
      }
      wrapper.dataset.enhanced = 'true';
      if (wrapper.dataset.picker === 'parties') {
        partiesPicker(wrapper);
      } else {
        sharesPicker(wrapper);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      enhance(document);
    });
  } else {
    enhance(document);
  }
  document.addEventListener('htmx:afterSwap', function (event) {
    enhance(event.target);
  });
})();

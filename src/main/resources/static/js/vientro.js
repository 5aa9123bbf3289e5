// Progressive enhancement only: every page works without this file.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Date fields are typed dd/mm/yyyy in every language; a calendar button beside each opens the browser's own picker
// and writes the day back the same way.
(function () {
  function pad(part) {
    return part.length === 1 ? '0' + part : part;
  }

  function enhance(text) {
    text.setAttribute('data-date-enhanced', '');
    var group = document.createElement('div');
    group.className = 'input-group' + (text.classList.contains('form-control-sm') ? ' input-group-sm' : '');
    text.parentNode.insertBefore(group, text);
    group.appendChild(text);
    var calendar = document.createElement('input');
    calendar.type = 'date';
    calendar.tabIndex = -1;
    calendar.className = 'vt-date-calendar';
    calendar.setAttribute('aria-hidden', 'true');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-outline-secondary';
    button.setAttribute('aria-label', text.getAttribute('data-date-pick') || '');
    button.title = text.getAttribute('data-date-pick') || '';
    var icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('class', 'vt-icon');
    icon.setAttribute('aria-hidden', 'true');
    var use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
    use.setAttribute('href', '/img/icons.svg#calendar');
    icon.appendChild(use);
    button.appendChild(icon);
    button.addEventListener('click', function () {
      var typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.value.trim());
      calendar.value = typed ? typed[3] + '-' + pad(typed[2]) + '-' + pad(typed[1]) : '';
      if (calendar.showPicker) {
        calendar.showPicker();
      } else {
        calendar.focus();
      }
    });
    calendar.addEventListener('change', function () {
      var parts = calendar.value.split('-');
      if (parts.length === 3) {
        text.value = parts[2] + '/' + parts[1] + '/' + parts[0];
        text.dispatchEvent(new Event('change', {bubbles: true}));
      }
    });
    group.appendChild(calendar);
    group.appendChild(button);
  }

  function enhanceAll(root) {
    root.querySelectorAll('input[data-date-field]:not([data-date-enhanced])').forEach(enhance);
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceAll(document);
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    enhanceAll(event.target);
  });
})();

// A file over its form's limit is refused at its field before anything is sent (the server would refuse the whole
// request with a page of its own): the limits are the server's (platform.web.UploadLimits), in the page's head.
(function () {
  document.addEventListener('change', function (event) {
    var input = event.target;
    var meta = document.querySelector('meta[name="vt-upload-limits"]');
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !meta) {
      return;
    }
    var limits = JSON.parse(meta.content);
    var path = input.form ? new URL(input.form.action, window.location.href).pathname : window.location.pathname;
    var limit = limits.paths[path] || limits['default'];
    var tooLarge = Array.prototype.some.call(input.files, function (file) {
      return file.size > limit.bytes;
    });
    input.setCustomValidity(tooLarge ? limit.message : '');
    if (tooLarge) {
      input.reportValidity();
    }
  });
  // forms are novalidate (the server's messages show at the fields): this one refusal is the browser's own, taken
  // before any other listener of the form (a confirmation, htmx) sees the submission
  document.addEventListener('submit', function (event) {
    var refused = Array.prototype.find.call(event.target.querySelectorAll('input[type=file]'), function (input) {
      return input.validity.customError;
    });
    if (refused) {
      event.preventDefault();
      event.stopImmediatePropagation();
      refused.reportValidity();
    }
  }, true);
})();

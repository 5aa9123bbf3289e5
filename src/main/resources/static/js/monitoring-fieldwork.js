// An inspection's field work offline (templates/monitoring/fieldwork/page.html). Without this file the page's forms
// post as usual. With it:
// - "Make available offline" keeps the page and everything it loads in the Cache Storage, which the service worker
//   (/monitoring-fieldwork-sw.js) answers from when the network is gone;
// - each change (one checklist field, one finding) goes to an outbox in IndexedDB, per user and inspection, and syncs
//   through the API when online: findings by POST with an Idempotency-Key fixed when recorded (a retried sync never
//   records one twice), checklist answers by PUT with the version the inspector started from;
// - a 409 brings the checklist as it now stands: a field someone else changed meanwhile, which the inspector changed
//   too, is shown theirs beside mine to choose from; the others keep the inspector's value; then it is saved at the
//   current version. Nothing is overwritten without a choice.
(function () {
  'use strict';

  const root = document.getElementById('fieldwork');
  if (!root || !('indexedDB' in window)) {
    return;
  }
  const inspectionId = root.dataset.inspection;
  const user = root.dataset.user;
  const api = '/api/v1/inspections/' + inspectionId;
  const CACHE = 'vientro-fieldwork-v1';
  const FIELDS = ['result', 'note'];
  const checklistForm = document.getElementById('fieldwork-checklist');
  const findingForm = document.getElementById('fieldwork-finding-form');
  const byId = (id) => document.getElementById(id);

  function text(name, argument) {
    const key = 'msg' + name.charAt(0).toUpperCase() + name.slice(1);
    const message = root.dataset[key] || name;
    return argument === undefined ? message : message.replace('{0}', argument);
  }

  function say(message, isError) {
    const line = byId('fieldwork-message');
    line.textContent = message;
    line.classList.toggle('text-danger', Boolean(isError));
  }

  // ---- the outbox ----------------------------------------------------------------------------------------------
  const database = new Promise((resolve, reject) => {
    const opening = indexedDB.open('vientro-fieldwork', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('outbox', {keyPath: 'id', autoIncrement: true});
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });

  function done(request) {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function outbox(mode) {
    return (await database).transaction('outbox', mode).objectStore('outbox');
  }

  /** This user's changes to this inspection, oldest first. */
  async function pending() {
    const all = await done((await outbox('readonly')).getAll());
    return all.filter((entry) => entry.user === user && entry.inspectionId === inspectionId);
  }

  async function keep(entry) {
    return done((await outbox('readwrite')).put(entry));
  }

  async function drop(id) {
    return done((await outbox('readwrite')).delete(id));
  }

  // ---- the checklist -------------------------------------------------------------------------------------------
  const blank = (value) => (value === undefined || value === null ? '' : String(value).trim());

  function rows() {
    return checklistForm ? Array.from(checklistForm.querySelectorAll('tr[data-code]')) : [];
  }

  function row(code) {
    return rows().find((each) => each.dataset.code === code);
  }

  function input(tr, field) {
    return tr.querySelector(field === 'result' ? 'select' : 'input[name$=".note"]');
  }

  function pointName(code) {
    const tr = row(code);
    return tr ? tr.querySelector('.fieldwork-point').textContent.trim() : code;
  }

  function shown(field, value) {
    if (field === 'result') {
      const option = checklistForm.querySelector('select option[value="' + CSS.escape(blank(value)) + '"]');
      return option ? option.textContent.trim() : blank(value);
    }
    return blank(value) === '' ? text('empty') : blank(value);
  }

  /** Queues the field's value as a change from the value the page started from (or forgets a change undone). */
  async function queueField(tr, field) {
    const code = tr.dataset.code;
    const value = blank(input(tr, field).value);
    const queued = (await pending()).find((e) => e.kind === 'check' && e.code === code && e.field === field);
    if (queued) {
      if (value === queued.base) {
        await drop(queued.id);
      } else {
        queued.value = value;
        queued.at = Date.now();
        await keep(queued);
      }
    } else if (value !== blank(tr.dataset[field])) {
      await keep({kind: 'check', user: user, inspectionId: inspectionId, code: code, field: field,
        base: blank(tr.dataset[field]), value: value, baseVersion: Number(checklistForm.dataset.version),
        at: Date.now()});
    }
  }

  /** Shows the server's checklist as the page's starting point, then this device's queued values over it. */
  function showServer(view) {
    if (!checklistForm) {
      return;
    }
    checklistForm.dataset.version = String(view.version);
    checklistForm.querySelector('input[name=version]').value = String(view.version);
    view.checklist.forEach((point) => {
      const tr = row(point.code);
      if (tr) {
        tr.dataset.result = blank(point.result);
        tr.dataset.note = blank(point.note);
        input(tr, 'result').value = blank(point.result);
        input(tr, 'note').value = blank(point.note);
      }
    });
  }

  // ---- findings ------------------------------------------------------------------------------------------------
  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function optionText(select, value) {
    const option = Array.from(select.options).find((each) => each.value === value);
    return option ? option.textContent.trim() : value;
  }

  function findingItem(finding, extra) {
    const item = document.createElement('li');
    item.className = 'border-start ps-2 mb-2';
    const severity = document.createElement('span');
    severity.className = 'badge border text-bg-light me-1';
    severity.textContent = optionText(findingForm.elements.severity, finding.severity);
    const category = document.createElement('span');
    category.className = 'fw-semibold';
    category.textContent = optionText(findingForm.elements.category, finding.category);
    const description = document.createElement('span');
    description.className = 'd-block vt-pre-line';
    description.textContent = finding.description;
    item.append(severity, category, description);
    if (extra) {
      item.append(extra);
    }
    return item;
  }

  function showFindings(list) {
    const target = byId('fieldwork-findings');
    target.replaceChildren(...list.map((finding) => findingItem(finding)));
    byId('fieldwork-no-findings').hidden = list.length > 0;
  }

  // ---- what the page shows -------------------------------------------------------------------------------------
  async function render() {
    const online = navigator.onLine;
    const network = byId('fieldwork-network');
    network.textContent = text(online ? 'online' : 'offline');
    network.className = 'badge ' + (online ? 'text-bg-success' : 'text-bg-dark');
    const entries = await pending();
    byId('fieldwork-outbox').textContent = entries.length ? text('pending', entries.length) : text('nonePending');
    byId('fieldwork-sync').hidden = !entries.length || !online;
    rows().forEach((tr) => {
      const queued = entries.filter((e) => e.kind === 'check' && e.code === tr.dataset.code);
      queued.filter((e) => input(tr, e.field) !== document.activeElement).forEach((e) => {
        input(tr, e.field).value = e.value;
      });
      tr.querySelector('.fieldwork-state').textContent = conflicted.has(tr.dataset.code) ? text('conflictRow')
        : queued.length ? text('waiting') : '';
    });
    if (findingForm) {
      byId('fieldwork-pending').replaceChildren(...entries.filter((e) => e.kind === 'finding').map((e) => {
        const state = document.createElement('span');
        state.className = 'd-block small';
        state.textContent = e.error ? text('refused', e.error) : text('waiting');
        if (e.error) {
          state.classList.add('text-danger');
          const discard = document.createElement('button');
          discard.type = 'button';
          discard.className = 'btn btn-sm btn-link p-0 ms-2';
          discard.textContent = text('discard');
          discard.addEventListener('click', async () => {
            await drop(e.id);
            render();
          });
          state.append(discard);
        }
        return findingItem(e, state);
      }));
    }
  }

  // ---- syncing -------------------------------------------------------------------------------------------------
  /** An answer that stops the sync until the user acts (signed out, no longer on the team). */
  class Stop extends Error {
  }

  function csrf() {
    try {
      return JSON.parse(document.body.getAttribute('hx-headers') || '{}');
    } catch (e) {
      return {};
    }
  }

  async function send(method, url, body, headers) {
    const answer = await fetch(url, {method: method, credentials: 'same-origin', redirect: 'manual',
      headers: Object.assign({'Content-Type': 'application/json', 'Accept': 'application/json'}, csrf(), headers || {}),
      body: JSON.stringify(body)});
    if (answer.status === 401 || answer.type === 'opaqueredirect') {
      throw new Stop(text('signedOut'));
    }
    if (answer.status === 403) {
      throw new Stop(text('forbidden'));
    }
    return answer;
  }

  async function problemOf(answer) {
    try {
      return await answer.json();
    } catch (e) {
      return {};
    }
  }

  let syncing = false;
  /** The checklist points whose fields wait for the user's choice, marked in their row. */
  let conflicted = new Set();

  let again = false;

  async function sync() {
    if (!navigator.onLine) {
      return;
    }
    if (syncing) {
      again = true;
      return;
    }
    syncing = true;
    again = false;
    say(text('syncing'));
    try {
      await syncFindings();
      const resolving = await syncChecklist();
      if (resolving) {
        say(text('conflictWaiting', conflicted.size ? byId('fieldwork-conflict-fields').children.length : ''));
      } else {
        say(text('synced', new Date().toLocaleTimeString(document.documentElement.lang || 'vi')));
      }
    } catch (e) {
      say(e instanceof Stop ? e.message : text('failed'), true);
    } finally {
      syncing = false;
      await render();
    }
    if (again && byId('fieldwork-conflicts').hidden) {
      await sync();
    }
  }

  async function syncFindings() {
    for (const entry of (await pending()).filter((e) => e.kind === 'finding' && !e.error)) {
      const answer = await send('POST', api + '/findings', {category: entry.category, severity: entry.severity,
        description: entry.description}, {'Idempotency-Key': entry.key});
      if (answer.ok) {
        await drop(entry.id);
        showFindings(await answer.json());
      } else if (answer.status >= 500) {
        throw new Error('server');
      } else {
        const problem = await problemOf(answer);
        entry.error = problem.detail || problem.title || String(answer.status);
        await keep(entry);
      }
    }
  }

  /** The points to send: each changed point whole, its other field at the value it has (now, or on this page). */
  function points(changes, current) {
    const codes = Array.from(new Set(changes.map((e) => e.code)));
    return codes.map((code) => {
      const point = {code: code};
      FIELDS.forEach((field) => {
        const mine = changes.find((e) => e.code === code && e.field === field);
        point[field] = mine ? mine.value : current ? valueOf(current, code, field) : blank(row(code).dataset[field]);
      });
      point.note = point.note === '' ? null : point.note;
      return point;
    });
  }

  function valueOf(current, code, field) {
    const point = current.checklist.find((each) => each.code === code);
    return point ? blank(point[field]) : '';
  }

  /** Returns true when conflicts wait for the user's choice. */
  async function syncChecklist() {
    const changes = (await pending()).filter((e) => e.kind === 'check');
    if (!changes.length) {
      return false;
    }
    const started = Math.min(...changes.map((e) => e.baseVersion));
    let answer = await send('PUT', api + '/checklist', {version: started, checklist: points(changes, null)});
    for (let attempt = 0; answer.status === 409 && attempt < 3; attempt++) {
      const current = await currentOf(answer);
      if (!current) {
        break; // another refusal (the inspection concluded meanwhile): shown with its own words
      }
      const conflicts = changes.filter((e) => {
        const theirs = valueOf(current, e.code, e.field);
        return theirs !== e.base && theirs !== e.value;
      });
      if (conflicts.length) {
        showConflicts(conflicts, changes, current);
        return true;
      }
      answer = await send('PUT', api + '/checklist', {version: current.version, checklist: points(changes, current)});
    }
    return saved(answer, changes);
  }

  /** The checklist as it now stands, from a stale-version refusal; null (the answer unread) for another refusal. */
  async function currentOf(answer) {
    const problem = await problemOf(answer.clone());
    if (problem.type !== '/problems/stale-version') {
      return null;
    }
    if (problem.current) {
      return problem.current;
    }
    const fresh = await fetch(api, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
    return fresh.ok ? fresh.json() : null;
  }

  async function saved(answer, changes) {
    if (!answer.ok) {
      const problem = await problemOf(answer);
      throw new Stop(text('refused', problem.detail || problem.title || String(answer.status)));
    }
    for (const change of changes) {
      await drop(change.id);
    }
    showServer(await answer.json());
    return false;
  }

  // ---- conflicts, field by field -------------------------------------------------------------------------------
  function showConflicts(conflicts, changes, current) {
    const panel = byId('fieldwork-conflicts');
    const fields = byId('fieldwork-conflict-fields');
    conflicted = new Set(conflicts.map((change) => change.code));
    fields.replaceChildren(...conflicts.map((change, index) => {
      const set = document.createElement('fieldset');
      set.className = 'border rounded p-2 mb-2 bg-body';
      set.dataset.change = String(change.id);
      const legend = document.createElement('legend');
      legend.className = 'fs-6 fw-semibold float-none w-auto px-1 mb-1';
      legend.textContent = pointName(change.code) + ' — ' + text('field' + change.field.charAt(0).toUpperCase()
        + change.field.slice(1));
      const before = document.createElement('p');
      before.className = 'small text-body-secondary mb-1';
      before.textContent = text('conflictBefore', shown(change.field, change.base));
      const sides = document.createElement('div');
      sides.className = 'row g-2';
      sides.append(choice(index, 'theirs', text('conflictTheirs'), shown(change.field,
        valueOf(current, change.code, change.field))), choice(index, 'mine', text('conflictMine'),
        shown(change.field, change.value)));
      set.append(legend, before, sides);
      return set;
    }));
    byId('fieldwork-conflict-error').hidden = true;
    panel.hidden = false;
    const form = byId('fieldwork-conflict-form');
    form.onsubmit = async (event) => {
      event.preventDefault();
      const sets = Array.from(fields.querySelectorAll('fieldset'));
      if (sets.some((set) => !set.querySelector('input:checked'))) {
        byId('fieldwork-conflict-error').textContent = text('conflictChoose');
        byId('fieldwork-conflict-error').hidden = false;
        return;
      }
      await resolve(sets, conflicts, changes, current);
    };
    panel.scrollIntoView({block: 'start'});
    panel.querySelector('h2').setAttribute('tabindex', '-1');
    panel.querySelector('h2').focus({preventScroll: true});
  }

  /** One side of a conflict: a radio button labelled with whose value it is and the value itself. */
  function choice(index, side, whose, value) {
    const column = document.createElement('div');
    column.className = 'col-md-6';
    const box = document.createElement('div');
    box.className = 'form-check border rounded p-2 ps-5 h-100 bg-body-tertiary';
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.className = 'form-check-input';
    radio.name = 'conflict-' + index;
    radio.id = 'conflict-' + index + '-' + side;
    radio.value = side;
    const label = document.createElement('label');
    label.className = 'form-check-label d-block';
    label.htmlFor = radio.id;
    const who = document.createElement('span');
    who.className = 'd-block small text-body-secondary';
    who.textContent = whose;
    const what = document.createElement('span');
    what.className = 'd-block fw-semibold vt-pre-line';
    what.textContent = value;
    label.append(who, what);
    box.append(radio, label);
    column.append(box);
    return column;
  }

  /**
   * Takes the user's choice for each conflicting field; from now on every queued change starts from the checklist as
   * it stood when they chose, so a further change by someone else meanwhile is asked about again, never overwritten.
   */
  async function resolve(sets, conflicts, changes, current) {
    conflicts.forEach((change, index) => {
      if (sets[index].querySelector('input:checked').value === 'theirs') {
        change.value = valueOf(current, change.code, change.field);
      }
    });
    for (const change of changes) {
      change.base = valueOf(current, change.code, change.field);
      change.baseVersion = current.version;
      await keep(change);
    }
    byId('fieldwork-conflicts').hidden = true;
    conflicted = new Set();
    await sync();
    if (byId('fieldwork-conflicts').hidden && !(await pending()).some((e) => e.kind === 'check')) {
      say(text('conflictResolved'));
    }
  }

  // ---- keeping the page offline --------------------------------------------------------------------------------
  function assets() {
    const urls = new Set([location.pathname, root.dataset.manifest, '/img/icons.svg', '/img/fieldwork-192.png',
      '/img/fieldwork-512.png', '/img/fieldwork-maskable-512.png']);
    document.querySelectorAll('link[rel=stylesheet], link[rel=icon]').forEach((link) => urls.add(link.href));
    document.querySelectorAll('script[src]').forEach((script) => urls.add(script.src));
    return Array.from(urls);
  }

  async function showCopy() {
    if (!('caches' in window)) {
      return;
    }
    const kept = await caches.match(location.pathname, {ignoreVary: true});
    byId('fieldwork-copy').textContent = text(kept ? 'kept' : 'notKept');
    // once kept, the service worker refreshes the copy each time the page is opened online
    byId('fieldwork-download').hidden = !navigator.onLine || Boolean(kept);
    byId('fieldwork-remove').hidden = !kept;
  }

  async function download() {
    try {
      const cache = await caches.open(CACHE);
      await cache.addAll(assets().map((url) => new Request(url, {credentials: 'same-origin'})));
      say(text('downloaded'));
    } catch (e) {
      say(text('downloadFailed'), true);
    }
    await showCopy();
  }

  async function removeCopy() {
    const cache = await caches.open(CACHE);
    await cache.delete(location.pathname, {ignoreVary: true});
    await cache.delete(root.dataset.manifest, {ignoreVary: true});
    say(text('removed'));
    await showCopy();
  }

  // ---- wiring --------------------------------------------------------------------------------------------------
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(root.dataset.serviceWorker, {scope: root.dataset.scope}).catch(() => {
      // no offline copy without it; the page works online as before
    });
  }
  if (checklistForm) {
    rows().forEach((tr) => FIELDS.forEach((field) => input(tr, field).addEventListener('change', async () => {
      await queueField(tr, field);
      say(text('queued'));
      await render();
      sync();
    })));
    checklistForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      for (const tr of rows()) {
        for (const field of FIELDS) {
          await queueField(tr, field);
        }
      }
      say(text('queued'));
      await render();
      sync();
    });
  }
  if (findingForm) {
    findingForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const values = {category: findingForm.elements.category.value, severity: findingForm.elements.severity.value,
        description: findingForm.elements.description.value.trim()};
      if (!values.category || !values.severity || !values.description) {
        say(text('invalid'), true);
        findingForm.reportValidity();
        return;
      }
      await keep(Object.assign({kind: 'finding', user: user, inspectionId: inspectionId, key: newKey(),
        at: Date.now()}, values));
      findingForm.reset();
      say(text('queued'));
      await render();
      sync();
    });
  }
  byId('fieldwork-download').addEventListener('click', download);
  byId('fieldwork-remove').addEventListener('click', removeCopy);
  byId('fieldwork-sync').addEventListener('click', sync);
  window.addEventListener('online', async () => {
    await render();
    await showCopy();
    sync();
  });
  window.addEventListener('offline', async () => {
    await render();
    await showCopy();
  });
  render().then(showCopy).then(sync);
  // a sync that failed on a bad line is tried again while changes wait, unless the user is choosing in a conflict
  window.setInterval(async () => {
    if (navigator.onLine && byId('fieldwork-conflicts').hidden && (await pending()).length) {
      sync();
    }
  }, 30000);
}());

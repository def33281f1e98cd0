/*
 * The developer portal's try-it console: calls the live gateway from the browser with fetch() and
 * the developer's own key. The key stays in this page (and, if asked, in sessionStorage for this
 * tab); it is never sent to the portal. Everything shown is written with textContent: a response
 * body is hostile input.
 */
(function () {
  'use strict';
  var section = document.getElementById('tryit');
  if (!section || !window.fetch) { return; }
  var KEY_STORE = 'turnpike.tryit.key';
  var NO_BODY = { GET: true, HEAD: true };
  var operations = JSON.parse(section.getAttribute('data-operations') || '[]');
  var base = section.getAttribute('data-base') || '';
  var el = function (id) { return document.getElementById(id); };
  var op = el('tryit-op'), key = el('tryit-key'), remember = el('tryit-remember');
  var params = el('tryit-params'), query = el('tryit-query'), headers = el('tryit-headers');
  var body = el('tryit-body'), curl = el('tryit-curl'), urlHint = el('tryit-url');

  operations.forEach(function (o, i) {
    op.appendChild(new Option(o.method + ' ' + o.path + (o.apiKeyRequired ? " (key required)" : ""), String(i)));
  });

  function current() { return operations[Number(op.value)] || operations[0]; }

  /* Path parameter fields and the validator's required query/headers for the chosen operation. */
  function chooseOperation() {
    var o = current();
    params.textContent = '';
    if (!o) { return; }
    o.pathParameters.forEach(function (name, i) {
      var label = document.createElement('label');
      label.htmlFor = 'tryit-path-' + i;
      label.textContent = '{' + name + '}';
      var input = document.createElement('input');
      input.type = 'text';
      input.id = 'tryit-path-' + i;
      input.className = 'tryit-path';
      input.setAttribute('data-name', name);
      input.placeholder = name.slice(-1) === '+' ? 'a/b/c' : 'value';
      params.appendChild(label);
      params.appendChild(input);
    });
    query.value = o.requiredQuery.map(function (n) { return n + '='; }).join('\n');
    headers.value = o.requiredHeaders.map(function (n) { return n + ': '; }).join('\n');
    var hasBody = !NO_BODY[o.method];
    Array.prototype.forEach.call(section.querySelectorAll('.tryit-bodyfield'), function (f) {
      f.hidden = !hasBody;
    });
    update();
  }

  /* The request the form describes, or {error} naming what to fix. */
  function request() {
    var o = current();
    var path = o.path, error = null;
    Array.prototype.forEach.call(params.querySelectorAll('.tryit-path'), function (input) {
      var name = input.getAttribute('data-name'), value = input.value.trim();
      if (!value && !error) { error = 'Fill in the path parameter {' + name + '}.'; }
      var encoded = name.slice(-1) === '+'
        ? value.split('/').map(encodeURIComponent).join('/')
        : encodeURIComponent(value);
      path = path.split('{' + name + '}').join(encoded || '{' + name + '}');
    });
    var search = new URLSearchParams();
    query.value.split('\n').forEach(function (line) {
      if (!line.trim()) { return; }
      var at = line.indexOf('=');
      search.append(at < 0 ? line.trim() : line.slice(0, at).trim(), at < 0 ? '' : line.slice(at + 1));
    });
    var sent = [];
    headers.value.split('\n').forEach(function (line, i) {
      if (!line.trim()) { return; }
      var at = line.indexOf(':');
      if (at < 1 && !error) { error = 'Header line ' + (i + 1) + ' needs "Name: value".'; return; }
      sent.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    });
    var payload = NO_BODY[o.method] || !body.value ? null : body.value;
    var hasType = sent.some(function (h) { return h[0].toLowerCase() === 'content-type'; });
    if (payload !== null && !hasType) { sent.push(['Content-Type', 'application/json']); }
    if (key.value.trim()) { sent.push(['x-api-key', key.value.trim()]); }
    var qs = search.toString();
    return { method: o.method, url: base + path + (qs ? '?' + qs : ''), headers: sent, body: payload, error: error };
  }

  function shellQuote(text) { return "'" + String(text).split("'").join("'\\''") + "'"; }

  function update() {
    if (!current()) { return; }
    var r = request();
    urlHint.textContent = r.method + ' ' + r.url;
    var parts = ['curl -i -X ' + r.method + ' ' + shellQuote(r.url)];
    r.headers.forEach(function (h) { parts.push('  -H ' + shellQuote(h[0] + ': ' + h[1])); });
    if (r.body !== null) { parts.push('  --data-raw ' + shellQuote(r.body)); }
    curl.textContent = parts.join(' \\\n');
  }

  function show(status, good, latency, headerText, bodyText) {
    el('tryit-result').hidden = false;
    var pill = el('tryit-status');
    pill.textContent = status;
    pill.className = 'dp-pill ' + (good ? 'tryit-ok' : 'tryit-bad');
    el('tryit-latency').textContent = latency;
    el('tryit-response-headers').textContent = headerText;
    el('tryit-response-body').textContent = bodyText;
  }

  function pretty(text) {
    try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; }
  }

  function send() {
    var r = request();
    if (r.error) { show('Not sent', false, '', '', r.error); return; }
    var init = { method: r.method, headers: r.headers, mode: 'cors', credentials: 'omit', cache: 'no-store' };
    if (r.body !== null) { init.body = r.body; }
    var button = el('tryit-send');
    button.disabled = true;
    var started = performance.now();
    fetch(r.url, init).then(function (response) {
      return response.text().then(function (text) {
        var lines = [];
        response.headers.forEach(function (value, name) { lines.push(name + ': ' + value); });
        show(response.status + (response.statusText ? ' ' + response.statusText : ''), response.ok,
          Math.round(performance.now() - started) + ' ms', lines.join('\n'), pretty(text));
      });
    }).catch(function (e) {
      show('No response', false, Math.round(performance.now() - started) + ' ms', '',
        'The call did not complete: ' + e.message + '. The gateway may be unreachable from your'
        + ' browser, or it refused this page\'s origin (CORS).');
    }).then(function () { button.disabled = false; });
  }

  /* "Remember for this tab": sessionStorage only, so the key is gone when the tab closes. */
  try {
    var kept = window.sessionStorage.getItem(KEY_STORE);
    if (kept) { key.value = kept; remember.checked = true; }
  } catch (e) { remember.disabled = true; }
  function keep() {
    try {
      if (remember.checked && key.value.trim()) { window.sessionStorage.setItem(KEY_STORE, key.value.trim()); }
      else { window.sessionStorage.removeItem(KEY_STORE); }
    } catch (e) { /* storage refused: nothing kept */ }
  }
  remember.addEventListener('change', keep);
  key.addEventListener('input', function () { keep(); update(); });
  op.addEventListener('change', chooseOperation);
  section.addEventListener('input', update);
  el('tryit-send').addEventListener('click', send);
  chooseOperation();
}());

// The offline verifier page (/results/verify): checks a result's offline QR text in the browser, against the
// trust list and status lists the page carries, with no network once loaded. The same steps as the command
// line's OfflineVerifier: Base45 (RFC 9285), zlib (DecompressionStream), CBOR, COSE_Sign1 with ES256 (WebCrypto).
// A small CBOR reader of our own: no CBOR or QR library is served as a webjar.
(function () {
  'use strict';
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  var PREFIX = 'VN1:';
  var ENTRIES = 131072;
  var RESULT_CLAIM = -70001;

  function base45(text) {
    var out = [];
    for (var i = 0; i < text.length; i += 3) {
      var chunk = text.substr(i, 3), value = 0;
      for (var j = chunk.length - 1; j >= 0; j--) {
        var digit = ALPHABET.indexOf(chunk[j]);
        if (digit < 0) throw new Error('not Base45');
        value = value * 45 + digit;
      }
      if (chunk.length === 3) {
        if (value > 0xffff) throw new Error('not Base45');
        out.push(value >> 8, value & 0xff);
      } else if (chunk.length === 2) {
        if (value > 0xff) throw new Error('not Base45');
        out.push(value);
      } else {
        throw new Error('not Base45');
      }
    }
    return new Uint8Array(out);
  }

  async function inflate(bytes, format) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(format));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // CBOR (RFC 8949): the major types a result's QR uses; tags are read through, floats refused.
  function cbor(bytes) {
    var at = 0;
    function length(info) {
      if (info < 24) return info;
      var size = {24: 1, 25: 2, 26: 4, 27: 8}[info];
      if (!size) throw new Error('unsupported CBOR length');
      var value = 0;
      for (var i = 0; i < size; i++) value = value * 256 + bytes[at++];
      if (at > bytes.length) throw new Error('truncated CBOR');
      return value;
    }
    function item() {
      if (at >= bytes.length) throw new Error('truncated CBOR');
      var first = bytes[at++], major = first >> 5, info = first & 31, n, result, i;
      if (major === 7) {
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        throw new Error('unsupported CBOR value');
      }
      n = length(info);
      switch (major) {
        case 0: return n;
        case 1: return -1 - n;
        case 2: case 3:
          if (at + n > bytes.length) throw new Error('truncated CBOR');
          result = bytes.slice(at, at + n); at += n;
          return major === 2 ? result : new TextDecoder('utf-8', {fatal: true}).decode(result);
        case 4: result = []; for (i = 0; i < n; i++) result.push(item()); return result;
        case 5: result = new Map(); for (i = 0; i < n; i++) { var key = item(); result.set(key, item()); } return result;
        default: return item(); // a tag: its content
      }
    }
    var value = item();
    if (at !== bytes.length) throw new Error('trailing bytes');
    return value;
  }

  function head(major, n) {
    if (n < 24) return [major << 5 | n];
    if (n < 256) return [major << 5 | 24, n];
    if (n < 65536) return [major << 5 | 25, n >> 8, n & 0xff];
    return [major << 5 | 26, n >>> 24, n >> 16 & 0xff, n >> 8 & 0xff, n & 0xff];
  }

  // Sig_structure = ["Signature1", protected, external_aad = h'', payload] (RFC 9052, 4.4)
  function toBeSigned(protectedHeader, payload) {
    var context = new TextEncoder().encode('Signature1');
    var parts = [[0x84], head(3, context.length), Array.from(context), head(2, protectedHeader.length),
      Array.from(protectedHeader), [0x40], head(2, payload.length), Array.from(payload)];
    return new Uint8Array([].concat.apply([], parts));
  }

  function fromBase64(text) {
    var normal = text.replace(/-/g, '+').replace(/_/g, '/');
    return Uint8Array.from(atob(normal + '==='.slice((normal.length + 3) % 4)), function (c) { return c.charCodeAt(0); });
  }

  async function statusOf(lists, index) {
    var list = lists[Math.floor(index / ENTRIES)];
    if (!list) return null;
    var bits = await inflate(fromBase64(list.credentialSubject.encodedList.substring(1)), 'gzip');
    var first = index % ENTRIES * 2;
    var bit = function (p) { return bits[p >> 3] >> (7 - p % 8) & 1; };
    var value = bit(first) << 1 | bit(first + 1);
    return {outcome: value === 1 ? 'REVOKED' : value === 2 ? 'SUPERSEDED' : 'VALID', at: list.validFrom};
  }

  async function verify(text, trust, lists) {
    text = text.replace(/^[\r\n\t]+|[\r\n\t]+$/g, '');
    if (!text.startsWith(PREFIX)) return {outcome: 'UNREADABLE'};
    var message, header, claims;
    try {
      message = cbor(await inflate(base45(text.substring(PREFIX.length)), 'deflate'));
      header = cbor(message[0]);
      claims = cbor(message[2]);
      if (header.get(1) !== -7 || !(header.get(4) instanceof Uint8Array) || !(message[3] instanceof Uint8Array)
          || !(claims.get(RESULT_CLAIM) instanceof Map)) {
        return {outcome: 'NOT_AUTHENTIC'};
      }
    } catch (e) {
      return {outcome: 'NOT_AUTHENTIC'};
    }
    var keyId = new TextDecoder().decode(header.get(4));
    var key = trust.keys.find(function (k) { return k.kid === keyId; });
    if (!key) return {outcome: 'UNKNOWN_KEY'};
    var publicKey = await crypto.subtle.importKey('spki', fromBase64(key.publicKey),
        {name: 'ECDSA', namedCurve: 'P-256'}, false, ['verify']);
    var good = await crypto.subtle.verify({name: 'ECDSA', hash: 'SHA-256'}, publicKey, message[3],
        toBeSigned(message[0], message[2]));
    if (!good) return {outcome: 'NOT_AUTHENTIC'};
    var issued = claims.get(6) * 1000;
    var from = Math.floor(Date.parse(key.validFrom) / 1000) * 1000;
    if (key.state === 'WITHDRAWN' || issued < from || (key.validUntil && issued >= Date.parse(key.validUntil))) {
      return {outcome: 'WITHDRAWN_KEY'};
    }
    var result = claims.get(RESULT_CLAIM);
    var status = await statusOf(lists, result.get(4));
    return {outcome: status ? status.outcome : 'VALID', statusAt: status && status.at, issued: issued,
      code: new TextDecoder().decode(claims.get(7)), agency: result.get(1), holders: result.get(2), fields: result.get(3)};
  }

  function date(value) {
    return new Intl.DateTimeFormat('en-GB', {timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
      year: 'numeric'}).format(new Date(value));
  }

  function show(page, answer) {
    var box = document.getElementById('verify-answer');
    var table = document.getElementById('verify-fields');
    var words = page.getAttribute('data-' + (answer.outcome === 'VALID' && !answer.statusAt ? 'unchecked' : answer.outcome));
    box.textContent = words.replace('{0}', answer.statusAt ? date(answer.statusAt) : '');
    box.className = 'alert ' + (answer.outcome === 'VALID' ? 'success' : 'error');
    var body = table.querySelector('tbody');
    body.replaceChildren();
    table.hidden = !answer.code;
    if (!answer.code) return;
    var rows = [['code', answer.code], ['issued-on', date(answer.issued)], ['agency', answer.agency]];
    answer.holders.forEach(function (h) { rows.push(['holder', h[0] + ', ' + h[1] + ', ' + h[2]]); });
    answer.fields.forEach(function (value, name) { rows.push([name, value]); });
    rows.forEach(function (row) {
      var tr = document.createElement('tr'), th = document.createElement('th'), td = document.createElement('td');
      th.scope = 'row';
      th.textContent = page.getAttribute('data-label-' + row[0]) || row[0];
      td.textContent = row[1];
      tr.append(th, td);
      body.append(tr);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var page = document.getElementById('offline-verifier');
    var trust = JSON.parse(document.getElementById('trust-list').textContent);
    var lists = {};
    document.querySelectorAll('script.status-list').forEach(function (node) {
      var list = JSON.parse(node.textContent);
      lists[Number(list.id.substring(list.id.lastIndexOf('/') + 1))] = list;
    });
    document.getElementById('verify-form').addEventListener('submit', async function (event) {
      event.preventDefault();
      var answer;
      try {
        answer = await verify(document.getElementById('qr-text').value, trust, lists);
      } catch (e) {
        answer = {outcome: 'NOT_AUTHENTIC'};
      }
      show(page, answer);
    });
  });
})();

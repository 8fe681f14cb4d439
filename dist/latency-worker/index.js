import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 460:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;
/*jshint node:true */

exports.e = HTTPParser;
function HTTPParser(type) {
  if (type !== undefined && type !== HTTPParser.REQUEST && type !== HTTPParser.RESPONSE) {
    throw new Error('type must be REQUEST or RESPONSE');
  }
  if (type === undefined) {
    // Node v12+
  } else {
    this.initialize(type);
  }
  this.maxHeaderSize=HTTPParser.maxHeaderSize
}
HTTPParser.prototype.initialize = function (type, async_resource) {
  if (type !== HTTPParser.REQUEST && type !== HTTPParser.RESPONSE) {
    throw new Error('type must be REQUEST or RESPONSE');
  }
  this.type = type;
  this.state = type + '_LINE';
  this.info = {
    headers: [],
    upgrade: false
  };
  this.trailers = [];
  this.line = '';
  this.isChunked = false;
  this.connection = '';
  this.headerSize = 0; // for preventing too big headers
  this.body_bytes = null;
  this.isUserCall = false;
  this.hadError = false;
};

HTTPParser.encoding = 'ascii';
HTTPParser.maxHeaderSize = 80 * 1024; // maxHeaderSize (in bytes) is configurable, but 80kb by default;
HTTPParser.REQUEST = 'REQUEST';
HTTPParser.RESPONSE = 'RESPONSE';

// Note: *not* starting with kOnHeaders=0 line the Node parser, because any
//   newly added constants (kOnTimeout in Node v12.19.0) will overwrite 0!
var kOnHeaders = HTTPParser.kOnHeaders = 1;
var kOnHeadersComplete = HTTPParser.kOnHeadersComplete = 2;
var kOnBody = HTTPParser.kOnBody = 3;
var kOnMessageComplete = HTTPParser.kOnMessageComplete = 4;

// Some handler stubs, needed for compatibility
HTTPParser.prototype[kOnHeaders] =
HTTPParser.prototype[kOnHeadersComplete] =
HTTPParser.prototype[kOnBody] =
HTTPParser.prototype[kOnMessageComplete] = function () {};

var compatMode0_12 = true;
Object.defineProperty(HTTPParser, 'kOnExecute', {
    get: function () {
      // hack for backward compatibility
      compatMode0_12 = false;
      return 99;
    }
  });

var methods = __webpack_unused_export__ = HTTPParser.methods = [
  'DELETE',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'COPY',
  'LOCK',
  'MKCOL',
  'MOVE',
  'PROPFIND',
  'PROPPATCH',
  'SEARCH',
  'UNLOCK',
  'BIND',
  'REBIND',
  'UNBIND',
  'ACL',
  'REPORT',
  'MKACTIVITY',
  'CHECKOUT',
  'MERGE',
  'M-SEARCH',
  'NOTIFY',
  'SUBSCRIBE',
  'UNSUBSCRIBE',
  'PATCH',
  'PURGE',
  'MKCALENDAR',
  'LINK',
  'UNLINK',
  'SOURCE',
];
var method_connect = methods.indexOf('CONNECT');
HTTPParser.prototype.reinitialize = HTTPParser;
HTTPParser.prototype.close =
HTTPParser.prototype.pause =
HTTPParser.prototype.resume =
HTTPParser.prototype.remove =
HTTPParser.prototype.free = function () {};
HTTPParser.prototype._compatMode0_11 = false;
HTTPParser.prototype.getAsyncId = function() { return 0; };

var headerState = {
  REQUEST_LINE: true,
  RESPONSE_LINE: true,
  HEADER: true
};
HTTPParser.prototype.execute = function (chunk, start, length) {
  if (!(this instanceof HTTPParser)) {
    throw new TypeError('not a HTTPParser');
  }

  // backward compat to node < 0.11.4
  // Note: the start and length params were removed in newer version
  start = start || 0;
  length = typeof length === 'number' ? length : chunk.length;

  this.chunk = chunk;
  this.offset = start;
  var end = this.end = start + length;
  try {
    while (this.offset < end) {
      if (this[this.state]()) {
        break;
      }
    }
  } catch (err) {
    if (this.isUserCall) {
      throw err;
    }
    this.hadError = true;
    return err;
  }
  this.chunk = null;
  length = this.offset - start;
  if (headerState[this.state]) {
    this.headerSize += length;
    if (this.headerSize > (this.maxHeaderSize||HTTPParser.maxHeaderSize)) {
      return new Error('max header size exceeded');
    }
  }
  return length;
};

var stateFinishAllowed = {
  REQUEST_LINE: true,
  RESPONSE_LINE: true,
  BODY_RAW: true
};
HTTPParser.prototype.finish = function () {
  if (this.hadError) {
    return;
  }
  if (!stateFinishAllowed[this.state]) {
    return new Error('invalid state for EOF');
  }
  if (this.state === 'BODY_RAW') {
    this.userCall()(this[kOnMessageComplete]());
  }
};

// These three methods are used for an internal speed optimization, and it also
// works if theses are noops. Basically consume() asks us to read the bytes
// ourselves, but if we don't do it we get them through execute().
HTTPParser.prototype.consume =
HTTPParser.prototype.unconsume =
HTTPParser.prototype.getCurrentBuffer = function () {};

//For correct error handling - see HTTPParser#execute
//Usage: this.userCall()(userFunction('arg'));
HTTPParser.prototype.userCall = function () {
  this.isUserCall = true;
  var self = this;
  return function (ret) {
    self.isUserCall = false;
    return ret;
  };
};

HTTPParser.prototype.nextRequest = function () {
  this.userCall()(this[kOnMessageComplete]());
  this.reinitialize(this.type);
};

HTTPParser.prototype.consumeLine = function () {
  var end = this.end,
      chunk = this.chunk;
  for (var i = this.offset; i < end; i++) {
    if (chunk[i] === 0x0a) { // \n
      var line = this.line + chunk.toString(HTTPParser.encoding, this.offset, i);
      if (line.charAt(line.length - 1) === '\r') {
        line = line.substr(0, line.length - 1);
      }
      this.line = '';
      this.offset = i + 1;
      return line;
    }
  }
  //line split over multiple chunks
  this.line += chunk.toString(HTTPParser.encoding, this.offset, this.end);
  this.offset = this.end;
};

var headerExp = /^([^: \t]+):[ \t]*((?:.*[^ \t])|)/;
var headerContinueExp = /^[ \t]+(.*[^ \t])/;
HTTPParser.prototype.parseHeader = function (line, headers) {
  if (line.indexOf('\r') !== -1) {
    throw parseErrorCode('HPE_LF_EXPECTED');
  }

  var match = headerExp.exec(line);
  var k = match && match[1];
  if (k) { // skip empty string (malformed header)
    headers.push(k);
    headers.push(match[2]);
  } else {
    var matchContinue = headerContinueExp.exec(line);
    if (matchContinue && headers.length) {
      if (headers[headers.length - 1]) {
        headers[headers.length - 1] += ' ';
      }
      headers[headers.length - 1] += matchContinue[1];
    }
  }
};

var requestExp = /^([A-Z-]+) ([^ ]+) HTTP\/(\d)\.(\d)$/;
HTTPParser.prototype.REQUEST_LINE = function () {
  var line = this.consumeLine();
  if (!line) {
    return;
  }
  var match = requestExp.exec(line);
  if (match === null) {
    throw parseErrorCode('HPE_INVALID_CONSTANT');
  }
  this.info.method = this._compatMode0_11 ? match[1] : methods.indexOf(match[1]);
  if (this.info.method === -1) {
    throw new Error('invalid request method');
  }
  this.info.url = match[2];
  this.info.versionMajor = +match[3];
  this.info.versionMinor = +match[4];
  this.body_bytes = 0;
  this.state = 'HEADER';
};

var responseExp = /^HTTP\/(\d)\.(\d) (\d{3}) ?(.*)$/;
HTTPParser.prototype.RESPONSE_LINE = function () {
  var line = this.consumeLine();
  if (!line) {
    return;
  }
  var match = responseExp.exec(line);
  if (match === null) {
    throw parseErrorCode('HPE_INVALID_CONSTANT');
  }
  this.info.versionMajor = +match[1];
  this.info.versionMinor = +match[2];
  var statusCode = this.info.statusCode = +match[3];
  this.info.statusMessage = match[4];
  // Implied zero length.
  if ((statusCode / 100 | 0) === 1 || statusCode === 204 || statusCode === 304) {
    this.body_bytes = 0;
  }
  this.state = 'HEADER';
};

HTTPParser.prototype.shouldKeepAlive = function () {
  if (this.info.versionMajor > 0 && this.info.versionMinor > 0) {
    if (this.connection.indexOf('close') !== -1) {
      return false;
    }
  } else if (this.connection.indexOf('keep-alive') === -1) {
    return false;
  }
  if (this.body_bytes !== null || this.isChunked) { // || skipBody
    return true;
  }
  return false;
};

HTTPParser.prototype.HEADER = function () {
  var line = this.consumeLine();
  if (line === undefined) {
    return;
  }
  var info = this.info;
  if (line) {
    this.parseHeader(line, info.headers);
  } else {
    var headers = info.headers;
    var hasContentLength = false;
    var currentContentLengthValue;
    var hasUpgradeHeader = false;
    for (var i = 0; i < headers.length; i += 2) {
      switch (headers[i].toLowerCase()) {
        case 'transfer-encoding':
          this.isChunked = headers[i + 1].toLowerCase() === 'chunked';
          break;
        case 'content-length':
          currentContentLengthValue = +headers[i + 1];
          if (hasContentLength) {
            // Fix duplicate Content-Length header with same values.
            // Throw error only if values are different.
            // Known issues:
            // https://github.com/request/request/issues/2091#issuecomment-328715113
            // https://github.com/nodejs/node/issues/6517#issuecomment-216263771
            if (currentContentLengthValue !== this.body_bytes) {
              throw parseErrorCode('HPE_UNEXPECTED_CONTENT_LENGTH');
            }
          } else {
            hasContentLength = true;
            this.body_bytes = currentContentLengthValue;
          }
          break;
        case 'connection':
          this.connection += headers[i + 1].toLowerCase();
          break;
        case 'upgrade':
          hasUpgradeHeader = true;
          break;
      }
    }

    // if both isChunked and hasContentLength, isChunked wins
    // This is required so the body is parsed using the chunked method, and matches
    // Chrome's behavior.  We could, maybe, ignore them both (would get chunked
    // encoding into the body), and/or disable shouldKeepAlive to be more
    // resilient.
    if (this.isChunked && hasContentLength) {
      hasContentLength = false;
      this.body_bytes = null;
    }

    // Logic from https://github.com/nodejs/http-parser/blob/921d5585515a153fa00e411cf144280c59b41f90/http_parser.c#L1727-L1737
    // "For responses, "Upgrade: foo" and "Connection: upgrade" are
    //   mandatory only when it is a 101 Switching Protocols response,
    //   otherwise it is purely informational, to announce support.
    if (hasUpgradeHeader && this.connection.indexOf('upgrade') != -1) {
      info.upgrade = this.type === HTTPParser.REQUEST || info.statusCode === 101;
    } else {
      info.upgrade = info.method === method_connect;
    }

    if (this.isChunked && info.upgrade) {
      this.isChunked = false;
    }

    info.shouldKeepAlive = this.shouldKeepAlive();
    //problem which also exists in original node: we should know skipBody before calling onHeadersComplete
    var skipBody;
    if (compatMode0_12) {
      skipBody = this.userCall()(this[kOnHeadersComplete](info));
    } else {
      skipBody = this.userCall()(this[kOnHeadersComplete](info.versionMajor,
          info.versionMinor, info.headers, info.method, info.url, info.statusCode,
          info.statusMessage, info.upgrade, info.shouldKeepAlive));
    }
    if (skipBody === 2) {
      this.nextRequest();
      return true;
    } else if (this.isChunked && !skipBody) {
      this.state = 'BODY_CHUNKHEAD';
    } else if (skipBody || this.body_bytes === 0) {
      this.nextRequest();
      // For older versions of node (v6.x and older?), that return skipBody=1 or skipBody=true,
      //   need this "return true;" if it's an upgrade request.
      return info.upgrade;
    } else if (this.body_bytes === null) {
      this.state = 'BODY_RAW';
    } else {
      this.state = 'BODY_SIZED';
    }
  }
};

HTTPParser.prototype.BODY_CHUNKHEAD = function () {
  var line = this.consumeLine();
  if (line === undefined) {
    return;
  }
  this.body_bytes = parseInt(line, 16);
  if (!this.body_bytes) {
    this.state = 'BODY_CHUNKTRAILERS';
  } else {
    this.state = 'BODY_CHUNK';
  }
};

HTTPParser.prototype.BODY_CHUNK = function () {
  var length = Math.min(this.end - this.offset, this.body_bytes);
  // 0, length are for backwards compatibility. See: https://github.com/creationix/http-parser-js/pull/98
  this.userCall()(this[kOnBody](this.chunk.slice(this.offset, this.offset + length), 0, length));
  this.offset += length;
  this.body_bytes -= length;
  if (!this.body_bytes) {
    this.state = 'BODY_CHUNKEMPTYLINE';
  }
};

HTTPParser.prototype.BODY_CHUNKEMPTYLINE = function () {
  var line = this.consumeLine();
  if (line === undefined) {
    return;
  }
  if (line !== '') {
    throw new Error('Expected empty line');
  }
  this.state = 'BODY_CHUNKHEAD';
};

HTTPParser.prototype.BODY_CHUNKTRAILERS = function () {
  var line = this.consumeLine();
  if (line === undefined) {
    return;
  }
  if (line) {
    this.parseHeader(line, this.trailers);
  } else {
    if (this.trailers.length) {
      this.userCall()(this[kOnHeaders](this.trailers, ''));
    }
    this.nextRequest();
  }
};

HTTPParser.prototype.BODY_RAW = function () {
  // 0, length are for backwards compatibility. See: https://github.com/creationix/http-parser-js/pull/98
  this.userCall()(this[kOnBody](this.chunk.slice(this.offset, this.end), 0, this.end - this.offset));
  this.offset = this.end;
};

HTTPParser.prototype.BODY_SIZED = function () {
  var length = Math.min(this.end - this.offset, this.body_bytes);
  // 0, length are for backwards compatibility. See: https://github.com/creationix/http-parser-js/pull/98
  this.userCall()(this[kOnBody](this.chunk.slice(this.offset, this.offset + length), 0, length));
  this.offset += length;
  this.body_bytes -= length;
  if (!this.body_bytes) {
    this.nextRequest();
  }
};

// backward compat to node < 0.11.6
['Headers', 'HeadersComplete', 'Body', 'MessageComplete'].forEach(function (name) {
  var k = HTTPParser['kOn' + name];
  Object.defineProperty(HTTPParser.prototype, 'on' + name, {
    get: function () {
      return this[k];
    },
    set: function (to) {
      // hack for backward compatibility
      this._compatMode0_11 = true;
      method_connect = 'CONNECT';
      return (this[k] = to);
    }
  });
});

function parseErrorCode(code) {
  var err = new Error('Parse Error');
  err.code = code;
  return err;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/checks/net/run-pool.ts
/**
 * Runs `work(i)` for i = 0..count-1 with at most `concurrency` at once. Stops starting new work when the
 * signal aborts or `stop()` turns true; returns the results of the work that ran, in index order.
 */
async function runPool(count, concurrency, work, options = {}) {
    const results = new Array(count);
    let next = 0;
    const worker = async () => {
        while (next < count && !options.signal?.aborted && !options.stop?.()) {
            const i = next++;
            results[i] = await work(i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
    return results.filter((r) => r !== undefined);
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
// EXTERNAL MODULE: ./node_modules/http-parser-js/http-parser.js
var http_parser = __nccwpck_require__(460);
;// CONCATENATED MODULE: ./src/checks/net/parser-warmup.ts

/**
 * Answers as servers commonly send them: a length-framed body with the usual headers, a chunked one, and a
 * 1xx before the real answer. Parsed here only, never sent or received.
 */
const CANNED = Buffer.from([
    'HTTP/1.1 200 OK\r\nDate: Thu, 01 Jan 2026 00:00:00 GMT\r\nContent-Type: application/json\r\n',
    'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 15\r\n\r\n{"status":"ok"}',
    'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n',
    'HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n',
].join(''), 'latin1');
/** Enough passes for V8 to optimise the parser's line and header functions (about 200 answers' worth). */
const PASSES = 80;
let warmed = false;
/**
 * Runs http-parser-js over canned answers once per process, so the JIT has compiled it before the first
 * timed answer arrives (a compiled client such as hey has nothing to warm). No byte goes on the network.
 * Returns how many answers it parsed: none after the first call.
 */
function warmResponseParser() {
    if (warmed)
        return 0;
    warmed = true;
    const parser = new http_parser/* HTTPParser */.e(http_parser/* HTTPParser */.e.RESPONSE);
    let answers = 0;
    // HEAD-like for the 204 (no body to look for), as the client tells the parser for a HEAD.
    parser[http_parser/* HTTPParser */.e.kOnHeadersComplete] = (info) => (info.statusCode === 204 ? 1 : 0);
    parser[http_parser/* HTTPParser */.e.kOnBody] = () => undefined;
    parser[http_parser/* HTTPParser */.e.kOnMessageComplete] = () => {
        answers += 1;
    };
    for (let i = 0; i < PASSES; i += 1)
        parser.execute(CANNED, 0, CANNED.length);
    return answers;
}

;// CONCATENATED MODULE: ./src/checks/net/timed-request.ts





/** RFC 9110 field names (tokens) and values (visible ASCII, space, tab and obs-text), as Node checks them. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Methods whose request carries a body by meaning: sent with `Content-Length: 0`, as Node's client does. */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/** Node's default limit on a response's header block. */
const MAX_HEADER_BYTES = 16 * 1024;
/** What one read off a socket may hold (Node's own read size). */
const READ_BYTES = 64 * 1024;
/**
 * The latency kind's client for direct connections: the request is serialised once, and each request is
 * one write of those bytes to an idle kept-alive connection, its response framed by http-parser-js (status
 * line, headers, Content-Length, chunked or until close, 1xx answers skipped) and counted, never kept. The
 * time runs from the write to the last byte of the body; opening a connection (TCP, TLS) is not in it.
 * No objects are made per request beyond its promise: the connection, its parser and its timer are reused,
 * and every socket reads into one buffer of the client's (Node's `onread`: no buffer and no stream event
 * per read), parsed at once and never kept. A request asked for while answers are being read is written
 * after the reads that are ready (one `setImmediate` per batch), so no answer already in waits for the
 * client's own writes before its time is taken.
 * Undefined when a header cannot be written as it stands (the full client then reports why).
 */
function timedClient(url, options) {
    const written = requestHead(url, options.method, options.headers);
    if (!written)
        return undefined;
    const head = written;
    const secure = url.protocol === 'https:';
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = Number(url.port) || (secure ? 443 : 80);
    const ca = options.ca ? [...external_node_tls_namespaceObject.rootCertificates, ...options.ca] : undefined;
    const skipBody = options.method === 'HEAD';
    const idle = [];
    const open = new Set();
    /** Connections whose request waits to be written once the reads that are ready have been made. */
    const toWrite = [];
    let writeScheduled = false;
    let closed = false;
    // Reads are handled synchronously, one socket at a time, and nothing of them is kept: one buffer serves all.
    const readBuffer = Buffer.allocUnsafe(READ_BYTES);
    const writeWaiting = () => {
        writeScheduled = false;
        for (const c of toWrite.splice(0))
            c.write();
    };
    const connect = (c) => {
        const onread = {
            buffer: readBuffer,
            callback: (length) => {
                c.received(length);
                return true;
            },
        };
        // Node's tls.connect takes `onread` as net.connect does (its types do not say so).
        return secure
            ? external_node_tls_default().connect({
                host,
                port,
                ca,
                ALPNProtocols: ['http/1.1'],
                ...(external_node_net_default().isIP(host) ? {} : { servername: host }),
                onread,
            })
            : external_node_net_default().connect({ host, port, onread });
    };
    class Connection {
        socket;
        parser = new http_parser/* HTTPParser */.e(http_parser/* HTTPParser */.e.RESPONSE);
        timer;
        done;
        ready = false;
        /** The connection served a request before: a close before any byte of the answer is retried once. */
        reused = false;
        answered = false;
        informational = false;
        keepAlive = true;
        status = 0;
        bytes = 0;
        started = 0;
        constructor() {
            this.parser.maxHeaderSize = MAX_HEADER_BYTES;
            this.parser[http_parser/* HTTPParser */.e.kOnHeadersComplete] = (info) => {
                this.status = info.statusCode;
                this.keepAlive = info.shouldKeepAlive;
                // 1xx answers (103 Early Hints and the like) come before the real one (RFC 9110 §15.2).
                this.informational = info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101;
                if (info.upgrade)
                    this.finish({ status: info.statusCode, error: 'upgrade' }, false);
                return skipBody && !this.informational ? 1 : 0;
            };
            this.parser[http_parser/* HTTPParser */.e.kOnBody] = (_chunk, _offset, length) => {
                this.bytes += length;
                if (this.bytes > options.maxBodyBytes)
                    this.finish({ status: this.status, error: 'body too large' }, false);
            };
            this.parser[http_parser/* HTTPParser */.e.kOnMessageComplete] = () => {
                if (this.informational) {
                    this.informational = false;
                    return;
                }
                this.finish({ ms: external_node_perf_hooks_namespaceObject.performance.now() - this.started, status: this.status }, this.keepAlive);
            };
            this.timer = setTimeout(() => {
                if (this.done)
                    this.finish({ error: 'timeout' }, false);
            }, options.timeoutMs);
            this.timer.unref();
            this.socket = connect(this);
            this.socket.setNoDelay(true);
            this.socket.on(secure ? 'secureConnect' : 'connect', () => {
                this.ready = true;
                if (this.done)
                    this.write();
            });
            this.socket.on('error', (e) => this.lost(e.code ?? 'other'));
            this.socket.on('close', () => this.lost('ECONNRESET'));
            open.add(this);
        }
        /** `length` bytes of the answer are in the client's read buffer. */
        received(length) {
            this.answered = true;
            const r = this.parser.execute(readBuffer, 0, length);
            if (r instanceof Error)
                this.finish({ error: r.code ?? 'bad response' }, false);
        }
        send(done) {
            this.done = done;
            this.status = 0;
            this.bytes = 0;
            this.answered = false;
            this.timer.refresh();
            if (!this.ready)
                return;
            toWrite.push(this);
            if (!writeScheduled) {
                writeScheduled = true;
                setImmediate(writeWaiting);
            }
        }
        write() {
            // Ended (closed, lost) between the ask and the write: nothing to send.
            if (!this.done || !open.has(this))
                return;
            this.started = external_node_perf_hooks_namespaceObject.performance.now();
            this.socket.write(head);
        }
        /** Ends the request in flight; the connection goes back to the idle list or is closed. */
        finish(sample, keep) {
            if (!open.has(this))
                return;
            const done = this.done;
            this.done = undefined;
            // An answer nobody asked for is a broken server: the connection is not used again.
            if (keep && done && !closed) {
                this.reused = true;
                idle.push(this);
            }
            else
                this.destroy();
            done?.(sample);
        }
        /** The socket failed or closed: an answer that ran to the close ends here, else the request fails. */
        lost(code) {
            if (!open.has(this))
                return;
            if (this.done && this.answered)
                this.parser.finish();
            const done = this.done;
            this.destroy();
            if (!done)
                return;
            this.done = undefined;
            // A kept-alive connection the server closed as the request went out: once more, on a new one.
            if (this.reused && !this.answered && !closed)
                new Connection().send(done);
            else
                done({ error: closed ? 'aborted' : code });
        }
        destroy() {
            open.delete(this);
            const i = idle.indexOf(this);
            if (i >= 0)
                idle.splice(i, 1);
            clearTimeout(this.timer);
            this.socket.destroy();
        }
    }
    const close = () => {
        closed = true;
        for (const c of [...open])
            c.lost('aborted');
    };
    options.signal?.addEventListener('abort', close, { once: true });
    return {
        connect: () => new Promise((resolve) => {
            let waiting = 0;
            const timer = setTimeout(resolve, options.timeoutMs);
            const settled = () => {
                waiting -= 1;
                if (waiting > 0)
                    return;
                clearTimeout(timer);
                resolve();
            };
            while (!closed && open.size < options.maxSockets) {
                // Idle at once: a request may take it while it connects (it writes on connect).
                const c = new Connection();
                idle.push(c);
                waiting += 1;
                let once = false;
                const settle = () => {
                    if (once)
                        return;
                    once = true;
                    settled();
                };
                c.socket.once(secure ? 'secureConnect' : 'connect', settle);
                c.socket.once('close', settle);
            }
            // The JIT compiles the parser on canned answers while the handshakes run: nothing is sent.
            warmResponseParser();
            if (waiting === 0)
                settled();
        }),
        request: () => new Promise((resolve) => {
            if (closed)
                return resolve({ error: 'aborted' });
            const conn = idle.pop() ?? (open.size < options.maxSockets ? new Connection() : undefined);
            if (!conn)
                return resolve({ error: 'no free connection' });
            conn.send(resolve);
        }),
        close: () => {
            options.signal?.removeEventListener('abort', close);
            close();
        },
    };
}
/** The request line and headers, serialised once; undefined when a header cannot be sent as written. */
function requestHead(url, method, headers) {
    const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
    if (headers.host === undefined)
        lines.push(`Host: ${url.host}`);
    for (const [name, value] of Object.entries(headers)) {
        if (!TOKEN.test(name) || !FIELD_VALUE.test(value))
            return undefined;
        if (name === 'connection' || name === 'content-length' || name === 'transfer-encoding')
            continue;
        lines.push(`${name}: ${value}`);
    }
    lines.push('Connection: keep-alive');
    if (WITH_BODY.has(method))
        lines.push('Content-Length: 0');
    return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

;// CONCATENATED MODULE: ./src/checks/net/timed-run.ts


/**
 * The warm-up requests, then the connections opened, then the timed requests, `concurrency` at a time.
 * Undefined when the lean client will not write the request's headers as they stand.
 */
async function timedRun(run, signal) {
    const client = timedClient(new URL(run.url), { ...run.client, signal });
    if (!client)
        return undefined;
    const once = () => client.request();
    try {
        if (run.warmup > 0)
            await runPool(run.warmup, run.concurrency, once, { signal });
        // The connections are opened first, all at once: no request is timed beside another's handshake.
        await client.connect();
        return await runPool(run.requests, run.concurrency, once, { signal });
    }
    finally {
        client.close();
    }
}

;// CONCATENATED MODULE: ./src/checks/net/latency-worker.ts


/**
 * The worker thread's side: waits for one measurement (it is started before the caller knows it needs
 * one), makes it and posts one reply; the thread then has nothing left to do and ends.
 */
function serveLatency() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        throw new Error('the latency worker runs only as a worker thread');
    port.once('message', (run) => {
        timedRun(run).then((samples) => port.postMessage(samples ? { samples } : { unwritable: true }), (e) => port.postMessage({ failed: e instanceof Error ? e.message : String(e) }));
    });
}

;// CONCATENATED MODULE: ./src/checks/net/latency-worker-entry.ts

serveLatency();


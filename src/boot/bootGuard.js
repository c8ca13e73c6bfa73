/*
 * Boot guard of the task pane. It runs before the bundle, in every webview Office may use, so it
 * is written in ES5 (no let/const, arrow functions, classes or modules; tests/boot parses it as
 * ES5): Internet Explorer 11, which Office 2016/2019 volume editions still use for add-ins, must
 * be able to run it and say why the pane cannot open, instead of leaving it blank.
 *
 * It shows a Russian message, and otherwise gets out of the way, when
 *  - office.js did not load (no network, a proxy, or a plain browser that blocked it);
 *  - office.js loaded but there is no Office around it (the page was opened in a browser);
 *  - the webview lacks what the bundle needs (checked up front), or the bundle did not start
 *    (a syntax it cannot parse): window.__nastavnikPaneStarted is set by src/taskpane/index.tsx.
 */
(function (root) {
  "use strict";

  // Relative to taskpane.html, so the pages work under any deployment address.
  var FILE_MODE_PAGE = "file.html";
  var GUIDE_PAGE = "docs/index.html";

  // What the bundle (TypeScript compiled for ES2020, React, Fluent UI) needs of the engine. The
  // ES2020 built-ins stand for ES2020 syntax, which a script cannot test without eval (the CSP
  // forbids it); an engine that has them but cannot parse the bundle is caught at `load`.
  var REQUIRED = [
    [
      "Promise",
      function (w) {
        return typeof w.Promise === "function" && typeof w.Promise.prototype["finally"] === "function";
      },
    ],
    [
      "Promise.allSettled",
      function (w) {
        return typeof w.Promise === "function" && typeof w.Promise.allSettled === "function";
      },
    ],
    [
      "globalThis",
      function (w) {
        return typeof w.globalThis === "object" && w.globalThis !== null;
      },
    ],
    [
      "Map, Set, WeakMap",
      function (w) {
        return typeof w.Map === "function" && typeof w.Set === "function" && typeof w.WeakMap === "function";
      },
    ],
    [
      "Symbol.iterator",
      function (w) {
        return typeof w.Symbol === "function" && typeof w.Symbol.iterator === "symbol";
      },
    ],
    [
      "Object.fromEntries",
      function (w) {
        return typeof w.Object.fromEntries === "function";
      },
    ],
    [
      "Array.prototype.flatMap",
      function (w) {
        return typeof w.Array.prototype.flatMap === "function";
      },
    ],
    [
      "Blob, URL.createObjectURL",
      function (w) {
        return (
          typeof w.Blob === "function" &&
          typeof w.URL === "function" &&
          typeof w.URL.createObjectURL === "function"
        );
      },
    ],
  ];

  /** Names of what `w` lacks, in the order of REQUIRED; empty when the bundle can run. */
  function missingFeatures(w) {
    var missing = [];
    for (var i = 0; i < REQUIRED.length; i++) {
      var ok;
      try {
        ok = REQUIRED[i][1](w) === true;
      } catch (e) {
        ok = false;
      }
      if (!ok) missing.push(REQUIRED[i][0]);
    }
    return missing;
  }

  var MESSAGES = {
    noOffice: {
      title: "Откройте надстройку в Excel",
      lines: [
        "Это панель надстройки «Наставник». Она работает внутри Excel: откройте книгу и на вкладке " +
          "«Главная» нажмите «Наставничество».",
        ["Как установить надстройку — в ", { href: GUIDE_PAGE, text: "инструкции" }, "."],
        ["Нет Excel или он старый? ", { href: FILE_MODE_PAGE, text: "Работа с файлами без Excel" }, "."],
      ],
    },
    noOfficeJs: {
      title: "Не загрузилась библиотека Office",
      lines: [
        "Панели нужен файл office.js с сервера Microsoft (appsforoffice.microsoft.com). Проверьте " +
          "подключение к Интернету и что прокси-сервер или фильтр не блокирует этот адрес.",
        "Если вы открыли эту страницу в браузере, а не в Excel, — откройте надстройку в Excel.",
        ["Нет Excel или он старый? ", { href: FILE_MODE_PAGE, text: "Работа с файлами без Excel" }, "."],
      ],
    },
    unsupported: {
      title: "Эта версия Excel не может показать панель",
      lines: [
        "Excel показывает надстройки во встроенном браузере. У вас это Internet Explorer или старый " +
          "Microsoft Edge, а «Наставнику» нужен современный.",
        "Что можно сделать: открыть книгу в Excel в Интернете (Microsoft 365); обновить Office до " +
          "Microsoft 365 или Office 2021 и новее; для розничных Office 2016 и 2019 — установить " +
          "Microsoft Edge WebView2 Runtime.",
        [
          "Без Excel: откройте в Яндекс Браузере, Chrome, Edge или Firefox страницу ",
          { fileMode: true },
          ".",
        ],
      ],
    },
  };

  /** The absolute address of a relative link, resolved the way the browser does (no URL in IE11). */
  function absolute(doc, href) {
    var a = doc.createElement("a");
    a.href = href;
    return a.href;
  }

  function append(doc, parent, part) {
    if (typeof part === "string") {
      parent.appendChild(doc.createTextNode(part));
      return;
    }
    var link = doc.createElement("a");
    link.href = part.fileMode ? FILE_MODE_PAGE : part.href;
    // In an old webview the page itself would not work either: show the address to copy.
    link.appendChild(doc.createTextNode(part.fileMode ? absolute(doc, FILE_MODE_PAGE) : part.text));
    parent.appendChild(link);
  }

  var shown = null;

  /** Replaces the pane with one message; the first reason found wins. */
  function show(w, kind, details) {
    if (shown !== null) return;
    shown = kind;
    w.__nastavnikBoot = kind;
    var doc = w.document;
    var message = MESSAGES[kind];
    var box = doc.createElement("div");
    box.id = "boot-message";
    box.className = "boot-message";
    box.setAttribute("role", "alert");
    box.setAttribute("data-reason", kind);
    var title = doc.createElement("h1");
    title.appendChild(doc.createTextNode(message.title));
    box.appendChild(title);
    for (var i = 0; i < message.lines.length; i++) {
      var p = doc.createElement("p");
      var line = message.lines[i];
      var parts = typeof line === "string" ? [line] : line;
      for (var j = 0; j < parts.length; j++) append(doc, p, parts[j]);
      box.appendChild(p);
    }
    if (details) {
      var small = doc.createElement("p");
      small.className = "boot-details";
      small.appendChild(doc.createTextNode(details));
      box.appendChild(small);
    }
    var pane = doc.getElementById("root");
    if (pane) pane.style.display = "none";
    doc.body.appendChild(box);
  }

  function whenDomReady(w, fn) {
    if (w.document.readyState !== "loading") fn();
    else w.document.addEventListener("DOMContentLoaded", fn);
  }

  function start(w) {
    var missing = missingFeatures(w);
    if (missing.length > 0) {
      // Flagged at once, so the bundle does not try to start in an engine known to lack parts.
      w.__nastavnikBoot = "unsupported";
      whenDomReady(w, function () {
        show(w, "unsupported", "Для специалиста: в браузере панели нет " + missing.join("; ") + ".");
      });
      return;
    }
    if (typeof w.Office === "undefined" || !w.Office || typeof w.Office.onReady !== "function") {
      whenDomReady(w, function () {
        show(w, "noOfficeJs");
      });
      return;
    }
    // Outside Office, office.js still answers onReady, with no host.
    w.Office.onReady(function (info) {
      if (!info || !info.host) {
        whenDomReady(w, function () {
          show(w, "noOffice");
        });
      }
    });
    w.addEventListener("load", function () {
      if (w.__nastavnikPaneStarted !== true) {
        show(w, "unsupported", "Для специалиста: сборка панели не запустилась в этом браузере.");
      }
    });
  }

  root.NastavnikBoot = { missingFeatures: missingFeatures, required: REQUIRED, messages: MESSAGES };
  if (root.document && root.document.getElementById) start(root);
})(this);

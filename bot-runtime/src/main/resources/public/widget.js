/*
 * Mostrador chat widget. Embed with:
 *   <script src="https://YOUR-BOT-HOST/widget.js" defer></script>
 *   <div id="ai-bot" data-business="Tacos El Güero"></div>
 * Optional attributes on #ai-bot: data-lang="es|en" (labels), data-color="#c2410c", data-open="true",
 * data-greeting="..." (first message shown before the customer writes).
 * The API base is this script's own origin, so the page may live anywhere listed in BOT_CORS_ORIGINS.
 * Customer and bot text is only ever set with textContent: never parsed as HTML.
 */
(function () {
  "use strict";
  if (window.__mostradorWidget) return;
  window.__mostradorWidget = true;

  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  var API = new URL(script ? script.src : "/widget.js", location.href).origin;

  var LABELS = {
    es: {
      open: "Abrir el chat", close: "Cerrar el chat", title: "Chat", input: "Escribí tu mensaje",
      send: "Enviar", placeholder: "Escribí tu mensaje…", typing: "Escribiendo…",
      greeting: "¡Hola! ¿En qué te puedo ayudar?", offline: "No pude conectarme. Probá de nuevo en un momento.",
      slow: "Estás enviando muchos mensajes. Esperá {s} s y probá de nuevo.", suggestions: "Sugerencias",
      you: "Vos", bot: "Asistente"
    },
    en: {
      open: "Open the chat", close: "Close the chat", title: "Chat", input: "Type your message",
      send: "Send", placeholder: "Type your message…", typing: "Typing…",
      greeting: "Hi! How can I help you?", offline: "I couldn't connect. Please try again in a moment.",
      slow: "You're sending many messages. Wait {s} s and try again.", suggestions: "Suggestions",
      you: "You", bot: "Assistant"
    }
  };

  function start() {
    var host = document.getElementById("ai-bot");
    if (!host) {
      host = document.createElement("div");
      host.id = "ai-bot";
      document.body.appendChild(host);
    }
    var business = host.getAttribute("data-business") || "";
    var lang = (host.getAttribute("data-lang") || document.documentElement.lang || "es").slice(0, 2);
    var t = LABELS[lang] || LABELS.es;
    var color = host.getAttribute("data-color") || "#c2410c";
    if (!/^#[0-9a-fA-F]{3,8}$/.test(color)) color = "#c2410c";
    var storeKey = "mostrador:" + (business || location.host);

    var store = storage();
    var sessionId = store.get(storeKey + ":session");
    if (!sessionId || !/^[A-Za-z0-9_-]{1,64}$/.test(sessionId)) {
      sessionId = "web-" + randomId();
      store.set(storeKey + ":session", sessionId);
    }
    var history = [];
    try { history = JSON.parse(store.get(storeKey + ":log") || "[]"); } catch (e) { history = []; }
    if (!Array.isArray(history)) history = [];

    // Shadow DOM: the host page's CSS cannot break the widget, and ours cannot leak into the page.
    var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
    var style = el("style");
    style.textContent = css(color);
    root.appendChild(style);

    var launcher = el("button", "mst-launcher");
    launcher.type = "button";
    launcher.setAttribute("aria-label", t.open);
    launcher.setAttribute("aria-expanded", "false");
    launcher.appendChild(icon());

    var panel = el("section", "mst-panel");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", business ? business + " — " + t.title : t.title);
    panel.hidden = true;

    var header = el("header", "mst-header");
    var title = el("span", "mst-title");
    title.textContent = business || t.title;
    var close = el("button", "mst-close");
    close.type = "button";
    close.setAttribute("aria-label", t.close);
    close.textContent = "×";
    header.appendChild(title);
    header.appendChild(close);

    var log = el("div", "mst-log");
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    log.setAttribute("tabindex", "0");

    var quick = el("div", "mst-quick");
    quick.setAttribute("role", "group");
    quick.setAttribute("aria-label", t.suggestions);

    var form = el("form", "mst-form");
    var input = el("input", "mst-input");
    input.type = "text";
    input.maxLength = 1000;
    input.autocomplete = "off";
    input.placeholder = t.placeholder;
    input.setAttribute("aria-label", t.input);
    var send = el("button", "mst-send");
    send.type = "submit";
    send.textContent = t.send;
    form.appendChild(input);
    form.appendChild(send);

    panel.appendChild(header);
    panel.appendChild(log);
    panel.appendChild(quick);
    panel.appendChild(form);
    root.appendChild(panel);
    root.appendChild(launcher);

    if (history.length === 0) {
      addMessage("bot", host.getAttribute("data-greeting") || t.greeting, false);
    } else {
      history.forEach(function (m) { addMessage(m.who, m.text, false); });
    }

    launcher.addEventListener("click", function () { toggle(panel.hidden); });
    close.addEventListener("click", function () { toggle(false); launcher.focus(); });
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { toggle(false); launcher.focus(); }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = input.value.trim();
      if (text) ask(text);
    });
    if (host.getAttribute("data-open") === "true") toggle(true);

    function toggle(open) {
      panel.hidden = !open;
      launcher.setAttribute("aria-expanded", String(open));
      launcher.classList.toggle("mst-hidden", open);
      if (open) { input.focus(); log.scrollTop = log.scrollHeight; }
    }

    var busy = false;
    function ask(text) {
      if (busy) return;
      busy = true;
      send.disabled = true;
      input.value = "";
      setQuickReplies([]);
      addMessage("you", text, true);
      var typing = el("p", "mst-msg mst-bot mst-typing");
      typing.textContent = t.typing;
      log.appendChild(typing);
      log.scrollTop = log.scrollHeight;

      fetch(API + "/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session_id: sessionId, text: text })
      }).then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (body) {
          if (res.status === 429) {
            var wait = res.headers.get("Retry-After") || "10";
            throw friendly(t.slow.replace("{s}", wait));
          }
          if (!res.ok || !Array.isArray(body.replies)) throw friendly(t.offline);
          return body;
        });
      }).then(function (body) {
        var last = [];
        body.replies.forEach(function (r) {
          addMessage("bot", String(r.text || ""), true);
          last = Array.isArray(r.quick_replies) ? r.quick_replies : [];
        });
        setQuickReplies(last);
      }).catch(function (err) {
        addMessage("bot", err && err.friendly ? err.message : t.offline, false, true);
      }).then(function () {
        typing.remove();
        busy = false;
        send.disabled = false;
        input.focus();
      });
    }

    function addMessage(who, text, keep, isError) {
      var p = el("p", "mst-msg " + (who === "you" ? "mst-you" : "mst-bot") + (isError ? " mst-error" : ""));
      var sr = el("span", "mst-sr");
      sr.textContent = (who === "you" ? t.you : t.bot) + ": ";
      p.appendChild(sr);
      appendLinked(p, text);
      log.appendChild(p);
      log.scrollTop = log.scrollHeight;
      if (keep) {
        history.push({ who: who, text: text });
        history = history.slice(-40);
        store.set(storeKey + ":log", JSON.stringify(history));
      }
    }

    function setQuickReplies(list) {
      while (quick.firstChild) quick.removeChild(quick.firstChild);
      list.slice(0, 6).forEach(function (label) {
        var b = el("button", "mst-chip");
        b.type = "button";
        b.textContent = String(label);
        b.addEventListener("click", function () { ask(String(label)); });
        quick.appendChild(b);
      });
    }
  }

  function friendly(message) {
    var e = new Error(message);
    e.friendly = true;
    return e;
  }

  // Web links in a reply become anchors; everything else stays plain text nodes.
  function appendLinked(parent, text) {
    var re = /https?:\/\/[^\s<>"']+/g, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      var url = m[0].replace(/[.,;:!?)]+$/, "");
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var a = document.createElement("a");
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.textContent = url;
      parent.appendChild(a);
      last = m.index + url.length;
      re.lastIndex = last;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function el(tag, cls) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    return e;
  }

  function icon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "28");
    svg.setAttribute("aria-hidden", "true");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z");
    svg.appendChild(path);
    return svg;
  }

  function randomId() {
    var bytes = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // localStorage can be missing or throw (private mode, blocked cookies): fall back to memory.
  function storage() {
    var memory = {};
    return {
      get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return memory[k] || null; } },
      set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { memory[k] = v; } }
    };
  }

  function css(color) {
    return [
      ":host{all:initial}",
      "*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}",
      ".mst-launcher{position:fixed;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;border:0;",
      "background:" + color + ";color:#fff;box-shadow:0 6px 20px rgba(0,0,0,.25);cursor:pointer;z-index:2147483646;",
      "display:flex;align-items:center;justify-content:center}",
      ".mst-launcher:focus-visible,.mst-chip:focus-visible,.mst-send:focus-visible,.mst-close:focus-visible{outline:3px solid #2563eb;outline-offset:2px}",
      ".mst-hidden{display:none}",
      ".mst-panel{position:fixed;right:20px;bottom:20px;width:370px;height:560px;max-height:calc(100vh - 40px);",
      "background:#fff;border-radius:16px;box-shadow:0 12px 40px rgba(0,0,0,.25);display:flex;flex-direction:column;",
      "overflow:hidden;z-index:2147483647;color:#1f2937;font-size:15px;line-height:1.4}",
      ".mst-panel[hidden]{display:none}",
      ".mst-header{background:" + color + ";color:#fff;padding:14px 16px;display:flex;align-items:center;justify-content:space-between}",
      ".mst-title{font-weight:600;font-size:16px}",
      ".mst-close{background:transparent;border:0;color:#fff;font-size:26px;line-height:1;cursor:pointer;padding:0 4px}",
      ".mst-log{flex:1;overflow-y:auto;padding:14px;background:#f9fafb;display:flex;flex-direction:column;gap:8px}",
      ".mst-msg{margin:0;padding:9px 12px;border-radius:14px;max-width:85%;white-space:pre-wrap;word-wrap:break-word}",
      ".mst-bot{background:#fff;border:1px solid #e5e7eb;align-self:flex-start;border-bottom-left-radius:4px}",
      ".mst-you{background:" + color + ";color:#fff;align-self:flex-end;border-bottom-right-radius:4px}",
      ".mst-you a{color:#fff}",
      ".mst-error{border-color:#fca5a5;background:#fef2f2}",
      ".mst-typing{color:#6b7280;font-style:italic}",
      ".mst-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
      ".mst-quick{display:flex;flex-wrap:wrap;gap:6px;padding:0 12px;background:#f9fafb}",
      ".mst-quick:not(:empty){padding:8px 12px}",
      ".mst-chip{border:1px solid " + color + ";color:" + color + ";background:#fff;border-radius:999px;padding:6px 12px;",
      "font-size:14px;cursor:pointer}",
      ".mst-chip:hover{background:" + color + ";color:#fff}",
      ".mst-form{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e7eb;background:#fff}",
      ".mst-input{flex:1;border:1px solid #d1d5db;border-radius:999px;padding:10px 14px;font-size:16px;min-width:0}",
      ".mst-input:focus{outline:2px solid " + color + ";border-color:transparent}",
      ".mst-send{background:" + color + ";color:#fff;border:0;border-radius:999px;padding:0 16px;font-size:15px;cursor:pointer}",
      ".mst-send:disabled{opacity:.6;cursor:default}",
      "@media (max-width:480px){.mst-panel{top:0;right:0;bottom:0;left:0;width:auto;height:auto;max-height:none;border-radius:0}}"
    ].join("");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

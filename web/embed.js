/* global URL */
// Puts the Tapo light helper on any page: a round button in the bottom corner that opens the chat.
// <script src="https://<your-bot>/embed.js" async></script>
(() => {
  'use strict';

  const script = document.currentScript;
  if (!script || document.getElementById('tapo-light-helper')) return;
  const chatUrl = new URL('./?embed=1', script.src).href;
  const label = script.dataset.label || 'Chat with support';
  const closeLabel = script.dataset.closeLabel || 'Close chat';

  const style = document.createElement('style');
  style.textContent = `
    #tapo-light-helper-button { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
      display: flex; align-items: center; gap: 8px; padding: 12px 18px; border: 0; border-radius: 999px;
      background: #007a73; color: #fff; font: 600 15px/1.2 "Segoe UI", system-ui, sans-serif;
      box-shadow: 0 8px 24px rgba(0, 60, 56, 0.3); cursor: pointer; }
    #tapo-light-helper-button:hover, #tapo-light-helper-button:focus-visible { background: #00625c; }
    #tapo-light-helper { position: fixed; right: 20px; bottom: 84px; z-index: 2147483000;
      width: min(400px, calc(100vw - 40px)); height: min(640px, calc(100vh - 110px));
      border: 0; border-radius: 16px; background: #fff; box-shadow: 0 16px 48px rgba(20, 45, 55, 0.25); }
    #tapo-light-helper[hidden] { display: none; }`;
  document.head.appendChild(style);

  const frame = document.createElement('iframe');
  frame.id = 'tapo-light-helper';
  frame.title = 'Tapo light helper chat';
  frame.hidden = true;
  frame.allow = 'clipboard-write';

  const button = document.createElement('button');
  button.id = 'tapo-light-helper-button';
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', frame.id);
  button.textContent = label;

  // The chat page and this script speak through postMessage: the page may be on another origin.
  const chatOrigin = new URL(chatUrl).origin;
  const tellChat = (what) => frame.contentWindow && frame.contentWindow.postMessage({ tapoLightHelper: what }, chatOrigin);

  function setOpen(open) {
    // The chat (and its conversation) starts the first time it is opened, not on every page view.
    if (open && !frame.src) frame.src = chatUrl;
    frame.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? closeLabel : label;
    if (open) {
      frame.focus();
      tellChat('focus');
    } else {
      button.focus();
    }
  }

  button.addEventListener('click', () => setOpen(frame.hidden));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !frame.hidden) setOpen(false);
  });
  window.addEventListener('message', (event) => {
    if (event.origin !== chatOrigin || event.source !== frame.contentWindow) return;
    const what = event.data && event.data.tapoLightHelper;
    if (what === 'close' && !frame.hidden) setOpen(false);
    // The first open sends its 'focus' before the chat has loaded; it asks again once it has.
    if (what === 'ready' && !frame.hidden) tellChat('focus');
  });

  document.body.append(frame, button);
})();

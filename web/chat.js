/* global URL, URLSearchParams, location */
// The chat page: Web Chat connected to the bot (local Direct Line or the real one), with a progress
// bar fed by the `channelData.step` ({ id, index, total }) of the bot's messages.
(() => {
  'use strict';

  const ACCENT = '#007a73';
  const ACCENT_STRONG = '#00625c';
  const LINE = '#dfe6e9';
  const FONT = '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';

  if (new URLSearchParams(location.search).has('embed')) document.body.classList.add('embedded');

  const element = (id) => document.getElementById(id);
  const progress = element('progress');
  const count = element('progress-count');
  const title = element('progress-title');
  const track = element('progress-track');
  const notice = element('chat-notice');
  let titles = {};

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = false;
  }

  /** Moves the progress bar to a step the bot presents. */
  function showStep(step) {
    const index = Number(step && step.index);
    const total = Number(step && step.total);
    if (!Number.isInteger(index) || !Number.isInteger(total) || total < 1 || total > 50 || index < 1 || index > total) return;
    const name = titles[step.id] || '';
    progress.hidden = false;
    progress.dataset.step = String(step.id);
    progress.setAttribute('aria-valuemax', String(total));
    progress.setAttribute('aria-valuenow', String(index));
    progress.setAttribute('aria-valuetext', `Step ${index} of ${total}${name ? `: ${name}` : ''}`);
    count.textContent = `Step ${index} of ${total}`;
    title.textContent = name;
    while (track.children.length < total) {
      const segment = document.createElement('span');
      segment.className = 'progress__segment';
      track.appendChild(segment);
    }
    while (track.children.length > total) track.lastChild.remove();
    Array.from(track.children).forEach((segment, i) => {
      segment.classList.toggle('progress__segment--done', i < index - 1);
      segment.classList.toggle('progress__segment--current', i === index - 1);
    });
  }

  async function getJson(url, init) {
    const response = await fetch(url, { credentials: 'same-origin', ...init });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  }

  /** Which Direct Line to talk to: the bot's own (local mode) or Azure's, with a token from the bot. */
  async function connect() {
    const config = await getJson('api/webchat/config');
    titles = Object.fromEntries((config.steps || []).map((s) => [s.id, s.title]));
    if (config.mode === 'local') {
      const domain = new URL(config.domain, location.href).href.replace(/\/$/, '');
      return { directLine: window.WebChat.createDirectLine({ domain, webSocket: false }), uploads: false };
    }
    if (config.mode === 'directline') {
      const { token } = await getJson(config.tokenUrl, { method: 'POST' });
      return { directLine: window.WebChat.createDirectLine({ domain: config.domain, token }), uploads: true };
    }
    throw new Error('the chat is not configured on this server');
  }

  function styleOptions(uploads) {
    return {
      accent: ACCENT,
      primaryFont: FONT,
      backgroundColor: '#f7f9fa',
      subtle: '#5b6b73',
      paddingRegular: 10,
      bubbleBackground: '#ffffff',
      bubbleBorderColor: LINE,
      bubbleBorderWidth: 1,
      bubbleBorderRadius: 14,
      bubbleMaxWidth: 420,
      bubbleFromUserBackground: ACCENT,
      bubbleFromUserBorderColor: ACCENT,
      bubbleFromUserBorderRadius: 14,
      bubbleFromUserTextColor: '#ffffff',
      avatarSize: 32,
      botAvatarInitials: 'T',
      botAvatarBackgroundColor: ACCENT,
      showAvatarInGroup: 'status',
      suggestedActionLayout: 'flow',
      suggestedActionHeight: 34,
      suggestedActionBorderRadius: 17,
      suggestedActionBorderWidth: 1,
      suggestedActionBorderColor: ACCENT,
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionTextColor: ACCENT_STRONG,
      suggestedActionBackgroundColorOnHover: '#e3f4f2',
      suggestedActionBorderColorOnHover: ACCENT_STRONG,
      suggestedActionTextColorOnHover: ACCENT_STRONG,
      sendBoxHeight: 52,
      sendBoxButtonColor: ACCENT,
      sendBoxButtonColorOnHover: ACCENT_STRONG,
      sendBoxBorderTop: `solid 1px ${LINE}`,
      hideUploadButton: !uploads,
      timestampColor: '#7a8a92',
    };
  }

  async function start() {
    if (!window.WebChat) {
      showNotice('The chat could not be loaded. Please reload the page.');
      return;
    }
    let connection;
    try {
      connection = await connect();
    } catch {
      showNotice('The chat is not available right now. Please try again in a few minutes.');
      return;
    }
    const store = window.WebChat.createStore({}, () => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
        const activity = action.payload && action.payload.activity;
        const step = activity && activity.channelData && activity.channelData.step;
        if (step) showStep(step);
      }
      return next(action);
    });
    window.WebChat.renderWebChat(
      {
        directLine: connection.directLine,
        store,
        locale: 'en-US',
        styleOptions: styleOptions(connection.uploads),
      },
      element('webchat'),
    );
    const input = document.querySelector('#webchat input[type="text"], #webchat textarea');
    if (input && !new URLSearchParams(location.search).has('embed')) input.focus({ preventScroll: true });
  }

  start();
})();

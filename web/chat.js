/* global URL, URLSearchParams, location, sessionStorage, crypto */
// The chat page: Web Chat connected to the bot (local Direct Line or the real one), with a progress
// bar fed by the `channelData.step` ({ id, index, total }) of the bot's messages.
(() => {
  'use strict';

  const ACCENT = '#007a73';
  const ACCENT_STRONG = '#00625c';
  const LINE = '#dfe6e9';
  const FONT = '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';

  const embedded = new URLSearchParams(location.search).has('embed');
  if (embedded) document.body.classList.add('embedded');

  const element = (id) => document.getElementById(id);
  const progress = element('progress');
  const count = element('progress-count');
  const title = element('progress-title');
  const track = element('progress-track');
  const notice = element('chat-notice');
  let titles = {};

  const SAVED = 'tapo-light-helper.conversation';

  function showNotice(text, action) {
    notice.textContent = text;
    if (action) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chat__notice-action';
      button.textContent = action.label;
      button.addEventListener('click', action.run);
      notice.append(' ', button);
    }
    notice.hidden = false;
  }

  /** The conversation this tab is in, so that a reload picks it up again. */
  function savedConversation(mode) {
    try {
      const saved = JSON.parse(sessionStorage.getItem(SAVED) || 'null');
      return saved && saved.mode === mode && saved.conversationId && saved.token ? saved : undefined;
    } catch {
      return undefined;
    }
  }

  function saveConversation(conversation) {
    try {
      sessionStorage.setItem(SAVED, JSON.stringify(conversation));
    } catch {
      // Storage may be off (private windows, embedded frames): a reload then starts afresh.
    }
  }

  function startAfresh() {
    try {
      sessionStorage.removeItem(SAVED);
    } catch {
      // Nothing was kept.
    }
    location.reload();
  }

  /** The chat cannot go on (the conversation is gone, the server restarted): say so and offer a new one. */
  function conversationLost() {
    if (!notice.hidden) return;
    progress.hidden = true;
    showNotice('This conversation was interrupted and cannot continue here.', { label: 'Start a new chat', run: startAfresh });
  }

  /**
   * A message did not go through: if the conversation itself is gone, say so. (A one-off failure
   * is shown by Web Chat on the message, with a retry.)
   */
  async function checkConversation(connection) {
    try {
      await getJson(`${connection.domain}/conversations/${encodeURIComponent(connection.conversationId)}`, {
        headers: { authorization: `Bearer ${connection.token}` },
      });
    } catch {
      conversationLost();
    }
  }

  /** The flow ended or began again: the bar shows it is done, or goes until the next step. */
  function showProgressState(state) {
    if (state === 'cleared') {
      progress.hidden = true;
      return;
    }
    if (state === 'done' && !progress.hidden) {
      Array.from(track.children).forEach((segment) => {
        segment.classList.add('progress__segment--done');
        segment.classList.remove('progress__segment--current');
      });
      count.textContent = 'Fixed';
      title.textContent = '';
      progress.setAttribute('aria-valuenow', progress.getAttribute('aria-valuemax') || '1');
      progress.setAttribute('aria-valuetext', 'Fixed');
    }
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

  /** The conversation saved for this tab, if Direct Line still has it; else a new one. */
  async function conversationFor(mode, domain, freshToken) {
    const saved = savedConversation(mode);
    if (saved) {
      try {
        const resumed = await getJson(`${domain}/conversations/${encodeURIComponent(saved.conversationId)}`, {
          headers: { authorization: `Bearer ${saved.token}` },
        });
        return { ...saved, token: resumed.token || saved.token };
      } catch {
        // Gone (a restart, an expired token): start a new one.
      }
    }
    const token = await freshToken();
    // Azure's token already names the user; the bot's own endpoint is told who it is here.
    const userId = token ? undefined : `dl_${crypto.randomUUID()}`;
    const created = await getJson(`${domain}/conversations`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : { 'content-type': 'application/json' },
      ...(userId ? { body: JSON.stringify({ user: { id: userId } }) } : {}),
    });
    return { mode, conversationId: created.conversationId, token: created.token || token, userId };
  }

  /** Which Direct Line to talk to: the bot's own (local mode) or Azure's, with a token from the bot. */
  async function connect() {
    const config = await getJson('api/webchat/config');
    titles = Object.fromEntries((config.steps || []).map((s) => [s.id, s.title]));
    let domain;
    let freshToken;
    if (config.mode === 'local') {
      domain = new URL(config.domain, location.href).href.replace(/\/$/, '');
      freshToken = async () => undefined;
    } else if (config.mode === 'directline') {
      domain = config.domain;
      freshToken = async () => (await getJson(config.tokenUrl, { method: 'POST' })).token;
    } else {
      throw new Error('the chat is not configured on this server');
    }
    const conversation = await conversationFor(config.mode, domain, freshToken);
    saveConversation(conversation);
    const directLine = window.WebChat.createDirectLine({
      domain,
      token: conversation.token,
      conversationId: conversation.conversationId,
      webSocket: false,
    });
    return { directLine, domain, ...conversation, uploads: config.mode === 'directline' };
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
        const data = (activity && activity.channelData) || {};
        if (data.step) showStep(data.step);
        else if (data.progress) showProgressState(data.progress);
      }
      // Without an upload button the bot should not ask for a photo: every message says so.
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && !connection.uploads) {
        const activity = action.payload.activity;
        action = { ...action, payload: { ...action.payload, activity: { ...activity, channelData: { ...activity.channelData, uploads: false } } } };
      }
      // A message the connection refused, or a connection that failed for good.
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') checkConversation(connection);
      if (action.type === 'DIRECT_LINE/CONNECTION_STATUS_UPDATE') {
        const status = action.payload && action.payload.connectionStatus;
        if (status === 4 || status === 5) conversationLost();
      }
      return next(action);
    });
    window.WebChat.renderWebChat(
      {
        directLine: connection.directLine,
        ...(connection.userId ? { userID: connection.userId } : {}),
        store,
        locale: 'en-US',
        styleOptions: styleOptions(connection.uploads),
      },
      element('webchat'),
    );
    const input = document.querySelector('#webchat input[type="text"], #webchat textarea');
    if (!embedded) {
      if (input) input.focus({ preventScroll: true });
      return;
    }
    // In the support site's frame (web/embed.js): typing starts where the chat opens, Escape closes it.
    const toSite = (what) => window.parent.postMessage({ tapoLightHelper: what }, '*');
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || !event.data || event.data.tapoLightHelper !== 'focus') return;
      const box = document.querySelector('#webchat input[type="text"], #webchat textarea');
      if (box) box.focus({ preventScroll: true });
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') toSite('close');
    });
    toSite('ready');
  }

  start();
})();

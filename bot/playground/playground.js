// The playground page: people on the left, their chat and channels, live from the bot's emulator.
"use strict";

const THREAD_MARK = ";messageid=";
const CARD = "application/vnd.microsoft.card.adaptive";

const state = {
  setup: null,
  lang: "da",
  current: null,
  // Per person: the conversation they look at, and the panes already built for them.
  views: new Map(),
  // Every message by activity id, as the event stream tells it.
  messages: new Map(),
  // Whose view a card is drawn for, so that their own @mentions stand out on it too.
  renderingFor: null,
  // The bot's run this page follows.
  run: null,
};

const markdown = window.markdownit({ html: false, linkify: true, breaks: true });

const HOST_CONFIG = new AdaptiveCards.HostConfig({
  fontFamily: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: {
        default: { default: "#242424", subtle: "#616161" },
        accent: { default: "#5B5FC7", subtle: "#7F85F5" },
        good: { default: "#0E700E", subtle: "#107C10" },
        warning: { default: "#835B00", subtle: "#8A6A00" },
        attention: { default: "#C4314B", subtle: "#A4262C" },
      },
    },
    emphasis: {
      backgroundColor: "#F5F5F5",
      foregroundColors: {
        default: { default: "#242424", subtle: "#616161" },
        accent: { default: "#5B5FC7", subtle: "#7F85F5" },
      },
    },
  },
  actions: { actionsOrientation: "horizontal", actionAlignment: "left", buttonSpacing: 8, maxActions: 6 },
});

// -- texts -----------------------------------------------------------------------------------

function t(key, values = {}) {
  const template = state.setup.texts[state.lang][key] || key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

function applyTexts() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(node.dataset.text);
  for (const node of document.querySelectorAll("[data-placeholder]")) {
    node.placeholder = t(node.dataset.placeholder);
  }
}

// -- text with @mentions and markdown --------------------------------------------------------

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// `<at>Name</at>` survives markdown as a private marker, then becomes a highlighted mention.
function richText(text, me) {
  const marked = (text || "").replace(/<at>(.*?)<\/at>/g, "\u0001$1\u0002");
  const html = markdown.render(marked);
  return html.replace(/\u0001(.*?)\u0002/g, (_, name) => {
    const cls = me && name === me ? "mention mention-me" : "mention";
    return `<span class="${cls}">@${name}</span>`;
  });
}

AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = richText(text, state.renderingFor);
  result.didProcess = true;
};

// -- people, conversations and events --------------------------------------------------------

function person(email) {
  return state.setup.people.find((p) => p.email === email);
}

function initials(name) {
  return name.split(/\s+/).map((part) => part[0]).slice(0, 2).join("").toUpperCase();
}

function baseId(conversationId) {
  return conversationId.split(";")[0];
}

function threadOf(message) {
  const id = message.conversationId;
  return id.includes(THREAD_MARK) ? id.split(THREAD_MARK)[1] : message.activityId;
}

function conversationsOf(p) {
  const list = [{ key: p.chat, kind: "chat", title: state.setup.bot.name, group: "playground.chat" }];
  for (const team of p.teams) {
    for (const channel of team.channels) {
      list.push({ key: channel.id, kind: "channel", team, channel, title: channel.name, group: team.name });
    }
  }
  return list;
}

function viewOf(email) {
  if (!state.views.has(email)) {
    state.views.set(email, { open: person(email).chat, panes: new Map(), unread: new Set() });
  }
  return state.views.get(email);
}

function applyEvent(event) {
  const activity = event.activity || {};
  if (event.op === "update") {
    const known = state.messages.get(event.activityId);
    if (!known) return;
    known.activity = activity;
    known.edited = true;
    redraw(known);
    return;
  }
  if (event.op === "delete") {
    const known = state.messages.get(event.activityId);
    if (!known) return;
    known.deleted = true;
    redraw(known);
    return;
  }
  const message = {
    kind: event.kind,
    activityId: event.activityId,
    conversationId: event.conversationId,
    activity,
    edited: false,
    deleted: false,
    at: new Date(),
  };
  state.messages.set(message.activityId, message);
  redraw(message);
}

// Show a new or changed message in every pane built for its conversation, and mark it unread.
function redraw(message) {
  const key = baseId(message.conversationId);
  for (const [email, view] of state.views) {
    const pane = view.panes.get(key);
    if (pane) pane.put(message, email);
    if (view.open !== key && conversationsOf(person(email)).some((c) => c.key === key)) {
      view.unread.add(key);
    }
  }
  drawConversations();
}

// -- sending ---------------------------------------------------------------------------------

async function post(path, body) {
  const payload = { as: state.current, language: state.lang, ...body };
  let answer;
  try {
    const response = await fetch(`api/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
    });
    answer = await response.json();
    if (!response.ok) throw new Error(answer.error ? answer.error.message : response.statusText);
  } catch (error) {
    toast(t("playground.failed", { reason: error.message }), true);
    return null;
  }
  if (answer.status >= 400) toast(t("playground.failed", { reason: `HTTP ${answer.status}` }), true);
  return answer;
}

function onCardAction(action, message) {
  const type = action.getJsonTypeName();
  if (type === "Action.OpenUrl") {
    window.open(action.url, "_blank", "noopener");
    return;
  }
  const where = { conversationId: message.conversationId, activityId: message.activityId };
  if (type === "Action.Execute") {
    post("execute", { ...where, verb: action.verb || "", data: action.data || {} }).then((answer) => {
      const body = answer && answer.body;
      if (body && body.type === "application/vnd.microsoft.activity.message" && body.value) toast(body.value);
    });
    return;
  }
  if (type === "Action.Submit") post("submit", { ...where, value: action.data || {} });
}

function toast(text, bad = false) {
  const node = document.createElement("div");
  node.className = bad ? "toast bad" : "toast";
  node.textContent = text;
  document.getElementById("toasts").append(node);
  setTimeout(() => node.remove(), 5000);
}

// -- drawing messages ------------------------------------------------------------------------

function authorOf(message) {
  if (message.kind === "bot") return { name: state.setup.bot.name, bot: true };
  const from = message.activity.from || {};
  return { name: from.name || from.id, bot: false };
}

function drawMessage(message, email) {
  const me = person(email).name;
  state.renderingFor = me;
  const node = document.createElement("article");
  node.className = "message";
  node.dataset.activityId = message.activityId;
  const author = authorOf(message);
  if (author.bot) node.classList.add("from-bot");
  if (!author.bot && author.name === me) node.classList.add("from-me");
  const text = message.activity.text || "";
  if (text.includes(`<at>${me}</at>`)) node.classList.add("mentions-me");

  const avatar = document.createElement("div");
  avatar.className = author.bot ? "avatar bot" : "avatar";
  avatar.textContent = author.bot ? "IT" : initials(author.name);
  const bubble = document.createElement("div");
  bubble.className = "bubble";
  const header = document.createElement("header");
  const name = document.createElement("strong");
  name.textContent = author.name;
  const time = document.createElement("time");
  time.textContent = message.at.toLocaleTimeString(state.lang === "da" ? "da-DK" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
  });
  header.append(name, time);
  if (message.edited && !message.deleted) {
    const edited = document.createElement("span");
    edited.className = "edited";
    edited.textContent = t("playground.updated");
    header.append(edited);
  }
  bubble.append(header);
  if (message.deleted) {
    const gone = document.createElement("p");
    gone.className = "deleted";
    gone.textContent = t("playground.deleted");
    bubble.append(gone);
  } else {
    if (text) {
      const body = document.createElement("div");
      body.className = "text";
      body.innerHTML = richText(text, me);
      bubble.append(body);
    }
    for (const attachment of message.activity.attachments || []) {
      if (attachment.contentType === CARD) bubble.append(drawCard(attachment.content, message));
    }
  }
  node.append(avatar, bubble);
  return node;
}

function drawCard(content, message) {
  const holder = document.createElement("div");
  holder.className = "card";
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = HOST_CONFIG;
  card.onExecuteAction = (action) => onCardAction(action, message);
  try {
    card.parse(content);
    holder.append(card.render());
  } catch (error) {
    holder.classList.add("broken");
    holder.textContent = `${error}`;
  }
  return holder;
}

// -- panes: one per person and conversation, kept while you switch ---------------------------

function composer(placeholderKey, onSend) {
  const form = document.createElement("form");
  form.className = "composer";
  const input = document.createElement("input");
  input.type = "text";
  input.autocomplete = "off";
  input.dataset.placeholder = placeholderKey;
  input.placeholder = t(placeholderKey);
  const button = document.createElement("button");
  button.type = "submit";
  button.dataset.text = "playground.send";
  button.textContent = t("playground.send");
  form.append(input, button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    onSend(text);
  });
  return form;
}

function scrollDown(list) {
  list.scrollTop = list.scrollHeight;
}

// A pane's frame: the list its messages (or threads) go in, with a hint until the first arrives.
function paneFrame(kind, listClass, emptyKey) {
  const root = document.createElement("div");
  root.className = `pane ${kind}`;
  const list = document.createElement("div");
  list.className = listClass;
  const empty = document.createElement("p");
  empty.className = "empty";
  empty.dataset.text = emptyKey;
  empty.textContent = t(emptyKey);
  list.append(empty);
  return { root, list, empty };
}

function chatPane(email, conversation) {
  const { root, list, empty } = paneFrame("chat", "messages", "playground.empty.chat");
  root.append(heading(conversation.title, ""), list, composer("playground.compose.chat", (text) => post("say", { text })));
  return {
    root,
    put(message) {
      empty.remove();
      const fresh = drawMessage(message, email);
      const old = list.querySelector(`[data-activity-id="${message.activityId}"]`);
      if (old) old.replaceWith(fresh);
      else {
        list.append(fresh);
        scrollDown(list);
      }
    },
  };
}

function channelPane(email, conversation) {
  const { root, list, empty } = paneFrame("channel", "threads", "playground.empty.channel");
  const where = { team: conversation.team.key, channel: conversation.channel.id };
  root.append(
    heading(conversation.channel.name, conversation.team.name),
    list,
    composer("playground.compose.post", (text) => post("say", { ...where, text })),
  );

  function thread(id) {
    let node = list.querySelector(`.thread[data-thread="${id}"]`);
    if (node) return node;
    node = document.createElement("section");
    node.className = "thread";
    node.dataset.thread = id;
    const rootSlot = document.createElement("div");
    rootSlot.className = "root";
    const replies = document.createElement("div");
    replies.className = "replies";
    const reply = composer("playground.compose.reply", (text) =>
      post("say", { ...where, thread: `${conversation.channel.id}${THREAD_MARK}${id}`, text }),
    );
    reply.classList.add("reply");
    node.append(rootSlot, replies, reply);
    list.append(node);
    return node;
  }

  return {
    root,
    put(message) {
      empty.remove();
      const id = threadOf(message);
      const node = thread(id);
      const fresh = drawMessage(message, email);
      const old = node.querySelector(`[data-activity-id="${message.activityId}"]`);
      if (old) old.replaceWith(fresh);
      else if (message.activityId === id) node.querySelector(".root").append(fresh);
      else node.querySelector(".replies").append(fresh);
      if (!old) scrollDown(list);
    },
  };
}

function heading(title, subtitle) {
  const node = document.createElement("h1");
  node.className = "pane-title";
  if (subtitle) {
    const small = document.createElement("span");
    small.textContent = subtitle;
    node.append(small);
  }
  node.append(document.createTextNode(title));
  return node;
}

function paneFor(email, key) {
  const view = viewOf(email);
  if (view.panes.has(key)) return view.panes.get(key);
  const conversation = conversationsOf(person(email)).find((c) => c.key === key);
  const pane = conversation.kind === "chat" ? chatPane(email, conversation) : channelPane(email, conversation);
  pane.root.dataset.person = email;
  pane.root.dataset.conversation = key;
  view.panes.set(key, pane);
  document.getElementById("panes").append(pane.root);
  for (const message of state.messages.values()) {
    if (baseId(message.conversationId) === key) pane.put(message);
  }
  return pane;
}

// -- the page's frame ------------------------------------------------------------------------

function show(email, key) {
  state.current = email;
  const view = viewOf(email);
  view.open = key || view.open;
  view.unread.delete(view.open);
  const pane = paneFor(email, view.open);
  for (const other of document.querySelectorAll(".pane")) other.hidden = other !== pane.root;
  drawPeople();
  drawConversations();
}

function drawPeople() {
  const list = document.getElementById("people");
  list.replaceChildren();
  for (const p of state.setup.people) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = p.email === state.current ? "person selected" : "person";
    button.dataset.email = p.email;
    const unread = viewOf(p.email).unread.size > 0 && p.email !== state.current;
    button.innerHTML = `<span class="avatar">${escapeHtml(initials(p.name))}</span>
      <span class="who"><strong>${escapeHtml(p.name)}</strong><small>${escapeHtml(t(p.role))}</small></span>
      ${unread ? '<span class="dot"></span>' : ""}`;
    button.addEventListener("click", () => show(p.email));
    item.append(button);
    list.append(item);
  }
}

function drawConversations() {
  const list = document.getElementById("conversations");
  list.replaceChildren();
  const view = viewOf(state.current);
  let group = null;
  for (const conversation of conversationsOf(person(state.current))) {
    if (conversation.group !== group) {
      group = conversation.group;
      const title = document.createElement("li");
      title.className = "group";
      title.textContent = group === "playground.chat" ? t(group) : group;
      list.append(title);
    }
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = conversation.key === view.open ? "conversation selected" : "conversation";
    if (view.unread.has(conversation.key)) button.classList.add("unread");
    button.dataset.conversation = conversation.key;
    button.textContent = conversation.kind === "chat" ? conversation.title : `# ${conversation.title}`;
    button.addEventListener("click", () => show(state.current, conversation.key));
    item.append(button);
    list.append(item);
  }
  drawPeopleDots();
}

function drawPeopleDots() {
  for (const button of document.querySelectorAll("#people .person")) {
    const email = button.dataset.email;
    const unread = email !== state.current && viewOf(email).unread.size > 0;
    const dot = button.querySelector(".dot");
    if (unread && !dot) button.insertAdjacentHTML("beforeend", '<span class="dot"></span>');
    if (!unread && dot) dot.remove();
  }
}

function follow() {
  const offline = document.getElementById("offline");
  const source = new EventSource("api/events");
  source.onopen = () => {
    offline.hidden = true;
  };
  source.onerror = () => {
    offline.hidden = false;
  };
  source.onmessage = (event) => applyEvent(JSON.parse(event.data));
  // A restarted bot has a new run and forgets what it sent: start the page over, as Teams would.
  source.addEventListener("hello", (event) => {
    if (state.run && state.run !== event.data) window.location.reload();
    state.run = event.data;
  });
}

async function start() {
  const response = await fetch("api/setup");
  state.setup = await response.json();
  state.lang = state.setup.language;
  document.getElementById("language").addEventListener("click", () => {
    state.lang = state.lang === "da" ? "en" : "da";
    applyTexts();
    drawPeople();
    drawConversations();
  });
  applyTexts();
  for (const p of state.setup.people) viewOf(p.email);
  show(state.setup.people[0].email);
  follow();
  document.body.dataset.ready = "true";
}

start();

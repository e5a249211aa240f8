/**
 * Pages the demo draws itself, for what a screenshot of a web page cannot show: the browser's tab
 * strip and the system notification. They use only what Chromium and the product reported.
 */

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Unread markers as these three apps write them, to highlight in the rendering (display only). */
const COUNT = /\(\d[\d,]*\+?\)|\d+ new items?/g;

const markCounts = (title) => esc(title).replace(COUNT, (m) => `<mark>${m}</mark>`);

const BASE_CSS = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #1f2328; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .sub { color: #59636e; margin: 0 0 20px; }
  mark { background: #ffd8d3; color: #a40e26; border-radius: 3px; padding: 0 2px; font-weight: 600; }
`;

function tab(t, active) {
  const icon = t.icon ? `<img src="${esc(t.icon)}" alt="">` : '<span class="noicon"></span>';
  return `<div class="tab${active ? ' active' : ''}">${icon}<span class="t">${esc(t.title)}</span><span class="x">×</span></div>`;
}

function stage(s) {
  const rows = s.tabs
    .map(
      (
        t,
      ) => `<tr><td class="ic">${t.icon ? `<img src="${esc(t.icon)}" alt="">` : ''}</td><td class="app">${esc(t.app)}</td>
      <td class="mono">${markCounts(t.title)}</td><td class="fav ${t.badge ? 'badge' : ''}">${esc(t.favicon)}</td>
      <td class="mono own">${markCounts(t.own)}</td></tr>`,
    )
    .join('');
  return `<section class="stage ${s.kind}">
    <div class="label"><span class="pill">${esc(s.label)}</span><time>${esc(s.time)}</time><span class="note">${esc(s.note)}</span></div>
    <div class="window"><div class="strip">${s.tabs.map((t, i) => tab(t, i === 0)).join('')}<div class="plus">+</div></div>
    <table><colgroup><col class="ic"><col class="app"><col class="title"><col class="fav"><col></colgroup><thead><tr><th></th><th>tab</th><th>title Chromium reported</th><th>favicon</th>
    <th>the app's own title (document.title)</th></tr></thead><tbody>${rows}</tbody></table></div>
  </section>`;
}

/**
 * The tab strip at each stage. `stages`: [{kind: before|during|after, label, time, note,
 * tabs: [{app, title, icon (data: URL), favicon (words), badge, own (the app's document.title)}]}].
 */
export function tabStripPage(stages) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Tab strip</title><style>${BASE_CSS}
  body { background: #f6f8fa; padding: 28px 32px; width: 1180px; }
  .stage { margin-bottom: 22px; }
  .label { display: flex; align-items: baseline; gap: 10px; margin-bottom: 8px; }
  .pill { font-weight: 700; font-size: 13px; padding: 2px 10px; border-radius: 999px; color: white; }
  .before .pill { background: #6e7781; } .during .pill { background: #1f6feb; } .after .pill { background: #1a7f37; }
  time { color: #59636e; font-variant-numeric: tabular-nums; } .note { color: #424a53; }
  .window { background: white; border: 1px solid #d0d7de; border-radius: 10px; overflow: hidden; box-shadow: 0 1px 3px #0001; }
  .strip { display: flex; align-items: flex-end; gap: 2px; background: #dee1e6; padding: 8px 10px 0; }
  .tab { display: flex; align-items: center; gap: 8px; width: 300px; height: 34px; padding: 0 10px 0 12px;
         border-radius: 8px 8px 0 0; color: #3c4043; font-size: 13px; }
  .tab.active { background: white; }
  .tab:not(.active) { box-shadow: inset -1px 0 0 #b8bcc2; border-radius: 0; }
  .tab img, .noicon { width: 16px; height: 16px; flex: none; }
  .tab .t { flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .tab .x { color: #5f6368; } .plus { padding: 0 10px 8px; color: #5f6368; font-size: 18px; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  col.ic { width: 40px; } col.app { width: 118px; } col.title { width: 410px; } col.fav { width: 110px; }
  th { text-align: left; font-weight: 600; color: #59636e; font-size: 12px; padding: 8px 12px 4px; }
  td { padding: 6px 12px; border-top: 1px solid #eaeef2; vertical-align: middle; }
  td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; } td.ic img { width: 16px; height: 16px; display: block; }
  td.app { font-weight: 600; } td.mono { font-family: "DejaVu Sans Mono", monospace; font-size: 12.5px; }
  td.own { color: #59636e; } td.own mark { background: #eaeef2; color: #424a53; }
  td.fav { color: #59636e; font-size: 13px; } td.fav.badge { color: #a40e26; font-weight: 600; }
  </style></head><body>
  <h1>The tab strip, before, during and after a focus block</h1>
  <p class="sub">Drawn by the demo from the titles and favicons Chromium reported to the extension (<code>chrome.tabs</code>);
  a screenshot of a page cannot show its tab. Unread counts are highlighted.</p>
  ${stages.map(stage).join('')}
  </body></html>`;
}

/**
 * A notification-looking card for the digest. `d`: {title, message, buttons, icon (data: URL),
 * time, id, live} — title and message exactly as the product stored them.
 */
export function digestPage(d) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Digest</title><style>${BASE_CSS}
  body { width: 760px; padding: 28px 32px 34px; background: linear-gradient(135deg, #2b3a55, #51395e 60%, #7a4b5c); color: white; }
  .caption { font-size: 13px; color: #e6e9f0; margin: 0 0 22px; max-width: 690px; }
  .caption b { color: white; }
  .card { margin-left: auto; width: 400px; background: #ffffff; color: #202124; border-radius: 12px;
          box-shadow: 0 12px 32px #0006; overflow: hidden; }
  .head { display: flex; align-items: center; gap: 8px; padding: 12px 16px 0; font-size: 12px; color: #5f6368; }
  .head img { width: 16px; height: 16px; }
  .body { display: flex; gap: 14px; padding: 8px 16px 14px; }
  .text { flex: 1; } .title { font-weight: 600; font-size: 15px; margin-bottom: 2px; } .msg { color: #3c4043; }
  .big { width: 56px; height: 56px; border-radius: 8px; }
  .buttons { display: flex; border-top: 1px solid #e8eaed; }
  .buttons span { flex: 1; text-align: center; padding: 10px; color: #1a73e8; font-weight: 600; font-size: 13px; }
  .buttons span + span { border-left: 1px solid #e8eaed; }
  .meta { margin-top: 18px; font-size: 12px; color: #d5d9e3; font-family: "DejaVu Sans Mono", monospace; }
  </style></head><body>
  <p class="caption"><b>A rendering, not a screenshot.</b> Chromium draws extension notifications outside any page,
  where a screenshot cannot reach. The title and message below are the product's own, read from
  <code>storage.local.lastDigest</code> when the block ended; the buttons are the ones it passes to
  <code>chrome.notifications.create</code>.</p>
  <div class="card">
    <div class="head"><img src="${esc(d.icon)}" alt=""><span>Heads Down</span><span>·</span><span>${esc(d.time)}</span></div>
    <div class="body"><div class="text"><div class="title">${esc(d.title)}</div><div class="msg">${esc(d.message)}</div></div>
      <img class="big" src="${esc(d.icon)}" alt=""></div>
    <div class="buttons">${d.buttons.map((b) => `<span>${esc(b)}</span>`).join('')}</div>
  </div>
  <p class="meta">${d.live ? 'live in' : 'NOT listed by'} chrome.notifications.getAll(): ${esc(d.id)}</p>
  </body></html>`;
}

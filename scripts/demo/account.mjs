/** `.demo/ACCOUNT.md`: what happened, in words, with the titles and figures as they were reported. */
import { writeFileSync } from 'node:fs';
import { clock } from './capture.mjs';

/** Unread markers as these three apps write them (display and counting only). */
const COUNT = /\(\d[\d,]*\+?\)|\d+ new items?/;

const code = (s) => `\`${String(s).replace(/`/g, "'")}\``;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

function titlesTable(run, isBadge) {
  const head = `| app | ${run.stages.map((s) => `${s.label} (${clock(s.at)})`).join(' | ')} |`;
  const rule = `|---|${run.stages.map(() => '---').join('|')}|`;
  const rows = run.apps.map((id, i) => {
    const cells = run.stages.map((s) => {
      const tab = s.tabs[i];
      return `${code(tab.title ?? '')}${isBadge(id, tab.favIconUrl) ? ' + badge icon' : ''}`;
    });
    return `| ${run.names[id]} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

function duringFacts(run, isBadge) {
  const [masked, during] = ['masked', 'during'].map((k) => run.stages.find((s) => s.kind === k));
  const mine = (u) => run.apps.indexOf(appOfTab(run, u.tabId)) >= 0;
  const updates = run.during.filter(mine);
  const titles = updates.filter((u) => u.title !== undefined);
  const icons = updates.filter((u) => u.favIconUrl !== undefined);
  const counted = titles.filter((u) => COUNT.test(u.title));
  const badges = icons.filter((u) => isBadge(appOfTab(run, u.tabId), u.favIconUrl));
  const newNotes = run.apps.map((_, i) => during.truth[i].notifications.slice(masked.truth[i].notifications.length));
  const pageNotes = newNotes.flat().filter((n) => n.via === 'page');
  const swNotes = newNotes.flat().filter((n) => n.via === 'sw');
  const swNew = sum(run.apps.map((_, i) => during.swShown[i] - masked.swShown[i]));
  const sounds = sum(run.apps.map((_, i) => during.truth[i].sounds.length - masked.truth[i].sounds.length));
  const muted = run.apps.filter((_, i) => during.tabs[i].mutedInfo?.muted).map((id) => run.names[id]);
  return [
    `- While the block ran, Chromium reported ${plural(titles.length, 'title change')} and ${plural(icons.length, 'favicon change')} for the three tabs (${code('chrome.tabs.onUpdated')}); ${counted.length} of the titles carried an unread count and ${badges.length} of the favicons was a badge.${titles.length === 0 ? " A masked title is the app's plain title, so the browser had nothing new to show." : ''}`,
    `- The apps themselves kept counting: their own ${code('document.title')} read ${during.truth.map((t) => code(t.realTitle)).join(', ')}. Only what the browser shows is masked.`,
    `- The apps raised ${plural(pageNotes.length, 'page notification')} (${pageNotes.filter((n) => n.shown).length} reached the screen) and ${plural(swNotes.length, 'service-worker notification')} (WhatsApp; ${Math.max(0, swNew)} new on screen).`,
    `- They played ${plural(sounds, 'sound')}; muted by Heads Down for the block: ${muted.length ? muted.join(', ') : 'none'}${muted.length === run.apps.length ? ' (all three), so none was heard' : ` of ${run.apps.length} tabs`}.`,
  ].join('\n');
}

function appOfTab(run, tabId) {
  const i = run.stages[0].tabs.findIndex((t) => t.id === tabId);
  return run.apps[i];
}

function heldFacts(run) {
  const held = run.status.held;
  const lines = run.apps.map((id) => {
    const mine = held.filter((x) => x.appId === id);
    const who = mine.map((x) => (x.text ? `${x.text.title}: “${x.text.body}”` : 'no text kept')).join('; ');
    return `  - ${run.names[id]}: ${plural(mine.length, 'item')}, ${plural(sum(mine.map((x) => x.messages)), 'message')} (${who})`;
  });
  return [
    `- The popup's held list (${code('getStatus')}) had ${plural(held.length, 'item')} standing for ${plural(sum(held.map((x) => x.messages)), 'message')}:`,
    ...lines,
    `- This block so far: ${run.status.current?.held ?? '?'} held, ${run.status.current?.reached ?? '?'} reached you.`,
  ].join('\n');
}

/** Writes the account of `run` to `file`. `meta`: {seconds, headed, chromium, log: [{at, text}]}. */
export function writeAccount(file, run, meta) {
  const plain = (id) => meta.plainIcon(id);
  const isBadge = (id, url) => Boolean(url) && url !== plain(id);
  const sent = run.apps.map((id) => `| ${run.names[id]} | ${run.sent[id].before} | ${run.sent[id].during} |`);
  const d = run.digest;
  const ended = run.stages.find((s) => s.kind === 'after');
  const text = `# What the Heads Down demo did

${new Date(run.startedAt).toString()} · ${meta.headed ? 'headed' : 'headless'} ${meta.chromium} · ${meta.seconds.toFixed(1)} s including the build.

Titles and favicons are what Chromium reported to the extension (${code('chrome.tabs')}). Message counts are what the
demo's script sent to the fixture apps (the ground truth). The digest and the held list are the product's own words.

## Timeline

${meta.log.map((l) => `- ${clock(l.at)} ${l.text}`).join('\n')}

## What the script sent

| app | before the block | during the block |
|---|---|---|
${sent.join('\n')}

## The tab titles

${titlesTable(run, isBadge)}

## During the block

${duringFacts(run, isBadge)}
${heldFacts(run)}

## The end

- The block (${code(`${clock(run.block.start)}–${clock(run.block.end)}`)}, ${run.blockMinutes} minutes) was ended early from the popup's "End now" button.
- Digest notification ${code(d.id)} (${run.notifications.includes(d.id) ? 'live in' : 'NOT listed by'} ${code('chrome.notifications.getAll()')}):
  **${d.title}** — ${d.message}
- Real titles came back at ${clock(ended.at)}: ${ended.tabs.map((t) => code(t.title)).join(', ')}.
- The weekly report's summary: “${run.reportSummary}”

## Files

- ${code('popup-during-block.png')}: the popup during the block, with what it holds.
- ${code('popup-after-block.png')}: the popup after the block (the digest released the held items, so the held list is empty; today's figures at work remain).
- ${code('tab-strip.png')} (${code('tab-strip.html')}): the tab strip before, during and after, drawn from the reported titles and favicons.
- ${code('digest.png')} (${code('digest.html')}): a rendering of the digest notification from ${code('storage.local.lastDigest')}.
- ${code('report.png')}: the weekly report page.
`;
  writeFileSync(file, text);
}

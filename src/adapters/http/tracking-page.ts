import { formatDisplayDate, formatDisplayDateTime } from '../../domain/notification/display-dates.js';
import type { Language } from '../../domain/order/order-types.js';
import type { TrackingStage } from '../../domain/tracking/tracking-stages.js';
import type { TrackingView } from '../../domain/tracking/tracking-view.js';

/** The page's own words; the order's words (statuses, stages, notices) come from the domain's labels. */
const WORDS = {
  'zh-CN': {
    title: '订单进度',
    order: '订单号',
    progress: '进度',
    vehicle: '车辆',
    vin: '车架号',
    eta: '预计交付',
    etaUnknown: '排产后告知',
    dealer: '经销商',
    buyer: '订车人',
    refresh: '刷新',
    otherLanguage: 'English',
    live: '本页会自动更新；也可随时刷新。',
    notFoundTitle: '链接无效',
    notFound: '这个订单进度链接无效或已被经销商更换。请向经销商索取新的链接或二维码。',
  },
  en: {
    title: 'Order progress',
    order: 'Order',
    progress: 'Progress',
    vehicle: 'Vehicle',
    vin: 'VIN',
    eta: 'Estimated delivery',
    etaUnknown: 'Given once the car is scheduled',
    dealer: 'Your dealer',
    buyer: 'Ordered by',
    refresh: 'Refresh',
    otherLanguage: '中文',
    live: 'This page updates by itself; you can also refresh it at any time.',
    notFoundTitle: 'Link not valid',
    notFound:
      'This order tracking link is not valid, or your dealer has replaced it. Please ask your dealer for a new link or QR code.',
  },
} as const;

/** Light, one column, readable on a small phone in sunlight; no fonts or images to fetch. */
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1f24;background:#f4f6f8}
main{max-width:34rem;margin:0 auto;padding:1rem}header{display:flex;justify-content:space-between;align-items:center;gap:1rem}
h1{font-size:1.25rem;margin:.25rem 0}h2{font-size:1rem;margin:0 0 .5rem;color:#4a5560}
section{background:#fff;border-radius:.75rem;padding:1rem;margin:.75rem 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.status{font-size:1.5rem;font-weight:600;margin:.25rem 0}.notice{border-left:4px solid #d98e04;background:#fff8e6}
.notice.rejected,.notice.cancelled{border-color:#c62828;background:#fdecea}
ol{list-style:none;margin:0;padding:0}li{display:flex;justify-content:space-between;gap:1rem;padding:.5rem 0 .5rem 1.75rem;position:relative;border-bottom:1px solid #eef1f4}
li:last-child{border-bottom:0}li::before{content:"";position:absolute;left:.25rem;top:.85rem;width:.75rem;height:.75rem;border-radius:50%;border:2px solid #b0bac4;background:#fff}
li.done::before{background:#2e7d32;border-color:#2e7d32}li.current::before{background:#1565c0;border-color:#1565c0;box-shadow:0 0 0 4px #d6e6fb}
li.current{font-weight:600}li.upcoming,li.skipped{color:#8a949e}li.skipped span:first-child{text-decoration:line-through}
time{color:#4a5560;font-size:.875rem;white-space:nowrap}dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#4a5560}dd{margin:0}
a{color:#1565c0}.muted{color:#6b7680;font-size:.875rem}footer{display:flex;justify-content:space-between;gap:1rem;margin:.5rem 0 2rem}
`;

/** Every value put into the page goes through this; nothing from the order reaches the markup raw. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A tel: link keeps digits, `+`, `-`; a dealer's phone such as `021-5888-0001` dials as written. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+-]/g, '')}`;
}

function stageItem(stage: TrackingStage, language: Language, timeZone: string): string {
  const at = stage.at === null ? null : formatDisplayDateTime(stage.at, language, timeZone);
  const time = at === null ? '' : `<time datetime="${escapeHtml(stage.at ?? '')}">${escapeHtml(at)}</time>`;
  return `<li class="${stage.state}"><span>${escapeHtml(stage.label)}</span>${time}</li>`;
}

export interface TrackingPageInput {
  readonly view: TrackingView;
  readonly timeZone: string;
  readonly token: string;
  readonly lastEventSeq: number;
  /** A fresh value per response: the one inline script and style run, nothing injected could. */
  readonly nonce: string;
}

function pageShell(language: Language, title: string, nonce: string, body: string): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style></head>
<body>${body}</body></html>`;
}

/**
 * The live update: on each event of the stream, fetch this page again and swap its main part in. Without JavaScript
 * (or EventSource) the page is complete as served, and the refresh link brings it up to date.
 */
function liveScript(streamUrl: string, nonce: string): string {
  const url = JSON.stringify(streamUrl).replace(/</g, '\\u003c');
  return `<script nonce="${nonce}">(function(){
if(!window.EventSource||!window.fetch||!window.DOMParser)return;
var busy=false,again=false,source=new EventSource(${url});
function refresh(){if(busy){again=true;return}busy=true;
fetch(location.href,{headers:{accept:'text/html'},cache:'no-store'}).then(function(r){return r.ok?r.text():null})
.then(function(t){if(!t)return;var next=new DOMParser().parseFromString(t,'text/html').querySelector('main');
var now=document.querySelector('main');if(next&&now)now.replaceWith(next)})
.catch(function(){}).then(function(){busy=false;if(again){again=false;refresh()}})}
source.onmessage=refresh;})();</script>`;
}

/** The buyer's page: status, plain-words notice, steps with times, vehicle, estimate and dealer; masked buyer. */
export function trackingPage(input: TrackingPageInput): string {
  const { view, timeZone, token, nonce } = input;
  const language = view.language;
  const words = WORDS[language];
  const other: Language = language === 'zh-CN' ? 'en' : 'zh-CN';
  const pagePath = `/t/${encodeURIComponent(token)}`;
  const eta = view.eta === null ? null : formatDisplayDate(view.eta, language, timeZone);
  const options = view.vehicle.optionNames.join(language === 'zh-CN' ? '、' : ', ');
  const notice =
    view.notice === null
      ? ''
      : `<section class="notice ${view.notice.kind}"><p>${escapeHtml(view.notice.text)}</p></section>`;
  const main = `<main>
<header><h1>${escapeHtml(words.title)}</h1><a href="${pagePath}?lang=${other}" hreflang="${other}">${escapeHtml(words.otherLanguage)}</a></header>
<section><div class="muted">${escapeHtml(words.order)} ${escapeHtml(view.orderNo)}</div>
<p class="status">${escapeHtml(view.statusLabel)}</p>
<div class="muted">${escapeHtml(words.buyer)} ${escapeHtml(view.customerName)} · ${escapeHtml(view.customerPhone)}</div></section>
${notice}
<section><h2>${escapeHtml(words.progress)}</h2><ol>${view.stages.map((stage) => stageItem(stage, language, timeZone)).join('')}</ol></section>
<section><h2>${escapeHtml(words.vehicle)}</h2><dl>
<dt>${escapeHtml(view.vehicle.modelName)}</dt><dd>${escapeHtml(view.vehicle.trimName)}</dd>
${options === '' ? '' : `<dt></dt><dd class="muted">${escapeHtml(options)}</dd>`}
<dt>${escapeHtml(words.vin)}</dt><dd>${escapeHtml(view.vin ?? '—')}</dd>
<dt>${escapeHtml(words.eta)}</dt><dd>${escapeHtml(eta ?? words.etaUnknown)}</dd></dl></section>
<section><h2>${escapeHtml(words.dealer)}</h2><p>${escapeHtml(view.dealer.name)}<br><span class="muted">${escapeHtml(view.dealer.city)}</span><br>
<a href="${escapeHtml(telHref(view.dealer.phone))}">${escapeHtml(view.dealer.phone)}</a></p></section>
<footer><span class="muted">${escapeHtml(words.live)}</span><a href="${pagePath}?lang=${language}">${escapeHtml(words.refresh)}</a></footer>
</main>`;
  const streamUrl = `/track/${encodeURIComponent(token)}/events?lastEventId=${input.lastEventSeq}`;
  return pageShell(language, `${words.title} ${view.orderNo}`, nonce, `${main}${liveScript(streamUrl, nonce)}`);
}

/** The page for a link that opens nothing: it says so in both languages, whichever the browser prefers first. */
export function trackingNotFoundPage(language: Language, nonce: string): string {
  const order: readonly Language[] = language === 'zh-CN' ? ['zh-CN', 'en'] : ['en', 'zh-CN'];
  const parts = order.map(
    (each) =>
      `<section lang="${each}"><h1>${escapeHtml(WORDS[each].notFoundTitle)}</h1><p>${escapeHtml(WORDS[each].notFound)}</p></section>`,
  );
  return pageShell(language, WORDS[language].notFoundTitle, nonce, `<main>${parts.join('')}</main>`);
}

/** Only this page's own script and style may run; it may only talk to its own origin. */
export function trackingPagePolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

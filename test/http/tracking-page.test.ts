import { describe, expect, it } from 'vitest';
import { LiveStreams } from '../../src/adapters/http/live-streams.js';
import { escapeHtml, trackingPage } from '../../src/adapters/http/tracking-page.js';
import { TEST_DEALER, eventsFor, testOrder } from '../../src/domain/tracking/test-order.js';
import { trackingView } from '../../src/domain/tracking/tracking-view.js';

const HOSTILE = '<img src=x onerror=alert(1)>"\'&';

function hostilePage(): string {
  const view = trackingView(
    {
      order: testOrder({ status: 'scheduled', vin: HOSTILE, eta: '2027-01-20' }),
      dealer: { ...TEST_DEALER, name: HOSTILE, city: HOSTILE, phone: `021 ${HOSTILE}` },
      modelName: HOSTILE,
      trimName: HOSTILE,
      events: eventsFor('submitted', 'verified', 'scheduled'),
      optionNames: { 'PAINT-BLUE': HOSTILE },
    },
    'en',
  );
  return trackingPage({
    view,
    timeZone: 'Asia/Shanghai',
    token: 'AAAAAAAAAAAAAAAAAAAAAAAA',
    lastEventSeq: 3,
    nonce: 'n0nce',
  });
}

describe('the tracking page markup', () => {
  it('escapes every value it shows, so an order or dealer field can never add markup', () => {
    const page = hostilePage();
    expect(page).not.toContain('<img');
    expect(page).not.toContain('onerror=alert(1)>"');
    expect(page).toContain(escapeHtml(HOSTILE));
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });

  it('dials the dealer with a tel: link holding only digits, + and -', () => {
    expect(hostilePage()).toMatch(/href="tel:021[\d+-]*"/);
  });
});

describe('LiveStreams', () => {
  it('refuses a stream past the limit per topic and in all, and makes room when one ends', () => {
    const streams = new LiveStreams(3, 2);
    const first = streams.tryOpen('order-1', () => {});
    expect(streams.tryOpen('order-1', () => {})).not.toBeNull();
    expect(streams.tryOpen('order-1', () => {})).toBeNull();
    expect(streams.tryOpen('order-2', () => {})).not.toBeNull();
    expect(streams.tryOpen('order-3', () => {})).toBeNull();
    first?.release();
    first?.release();
    expect(streams.size).toBe(2);
    expect(streams.tryOpen('order-3', () => {})).not.toBeNull();
  });

  it('ends every open stream at shutdown', () => {
    const streams = new LiveStreams();
    const ended: string[] = [];
    for (const topic of ['a', 'a', 'b']) {
      const slot = streams.tryOpen(topic, () => {
        ended.push(topic);
        slot?.release();
      });
    }
    streams.closeAll();
    expect(ended.toSorted()).toEqual(['a', 'a', 'b']);
    expect(streams.size).toBe(0);
  });
});

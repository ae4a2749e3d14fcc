import { useState } from 'react';
import type { ApiOrder } from '../api/api-types.js';
import { ActionError, RequestView } from '../components/request-view.js';
import { useAction, useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';

/**
 * The QR code of the order's tracking page, to print or send to the customer. It is fetched with the user's token
 * and shown from a `data:` URL, so it works with bearer tokens as well as with a session cookie.
 */
export function QrCodePanel({ order }: { readonly order: ApiOrder }) {
  const { t } = useI18n();
  const api = useApi();
  const base = `/orders/${encodeURIComponent(order.id)}`;
  const svg = useRequest(() => api.dataUrl(`${base}/qr.svg`), [api, base]);
  const download = useAction();
  const [pngUrl, setPngUrl] = useState<string | null>(null);
  return (
    <section className="card qr-panel" aria-labelledby="qr-heading">
      <h2 id="qr-heading">{t('order.qr')}</h2>
      <RequestView state={svg} onRetry={svg.reload}>
        {(url) => (
          <>
            <img
              src={url}
              alt={t('order.qrAlt', { orderNo: order.orderNo })}
              className="qr-image"
              width={200}
              height={200}
            />
            <p className="muted">{t('order.qrHelp')}</p>
            <div className="button-row">
              <a className="button-secondary" href={url} download={`${order.orderNo}.svg`}>
                {t('order.qrDownloadSvg')}
              </a>
              {pngUrl ? (
                <a className="button-secondary" href={pngUrl} download={`${order.orderNo}.png`}>
                  {t('order.qrDownloadPng')}
                </a>
              ) : (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={download.pending}
                  onClick={() =>
                    void download.run(() => api.dataUrl(`${base}/qr.png`)).then((png) => png && setPngUrl(png))
                  }
                >
                  {t('order.qrDownloadPng')}
                </button>
              )}
            </div>
            <ActionError error={download.error} />
          </>
        )}
      </RequestView>
    </section>
  );
}

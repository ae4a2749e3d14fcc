import type { ApiLead, ApiOffer, ApiRecommendations } from '../api/sales-types.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useApi } from '../session/session-context.js';

/**
 * The tailored introduction: the trims and packages that answer this customer's stated needs, best first, each with
 * the selling features that answer them and what to say. It is read again whenever the profile changes.
 */
export function RecommendationPanel({ lead, canOrder }: { readonly lead: ApiLead; readonly canOrder: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  const recommendations = useRequest(
    () => api.get<ApiRecommendations>(`/leads/${encodeURIComponent(lead.id)}/recommendations`),
    [api, lead.id, lead.version],
  );
  return (
    <section className="card" aria-labelledby="introduction-heading">
      <h2 id="introduction-heading">{t('intro.title')}</h2>
      <p className="muted">{t('intro.help')}</p>
      <RequestView state={recommendations} onRetry={recommendations.reload}>
        {(data) =>
          data.offers.length === 0 ? (
            <p className="muted">{t('intro.none')}</p>
          ) : (
            <ol className="offer-list">
              {data.offers.map((offer) => (
                <li key={`${offer.model}-${offer.trim}`}>
                  <OfferCard leadId={lead.id} offer={offer} canOrder={canOrder && lead.phone !== null} />
                </li>
              ))}
            </ol>
          )
        }
      </RequestView>
      {canOrder && lead.phone === null && <p className="notice notice-muted">{t('intro.phoneFirst')}</p>}
    </section>
  );
}

function OfferCard({
  leadId,
  offer,
  canOrder,
}: {
  readonly leadId: string;
  readonly offer: ApiOffer;
  readonly canOrder: boolean;
}) {
  const { t, money, language } = useI18n();
  const headingId = `offer-${offer.rank}`;
  const say = (text: ApiOffer['talkingPoints'][number]) => text[language];
  return (
    <article className="offer" aria-labelledby={headingId}>
      <div className="offer-heading">
        <h3 id={headingId}>
          <span className="offer-rank">{offer.rank}</span> {offer.modelName} · {offer.trimName}
        </h3>
        <span className="offer-price">{t('intro.from', { price: money(offer.priceCents) })}</span>
      </div>
      <p className="muted">
        {[
          offer.powertrain,
          offer.seats === null ? null : t('intro.seats', { seats: offer.seats }),
          offer.options.length === 0
            ? null
            : t('intro.with', { options: offer.options.map((option) => option.name).join(', ') }),
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      </p>
      <h4>{t('intro.why')}</h4>
      <ul className="selling-points">
        {offer.sellingPoints.map((point) => (
          <li key={point.feature}>{say(point.explanation)}</li>
        ))}
      </ul>
      <details className="talking-points" open={offer.rank === 1}>
        <summary>{t('intro.say')}</summary>
        <ul>
          {offer.talkingPoints.map((line) => (
            <li key={line.en}>{say(line)}</li>
          ))}
        </ul>
      </details>
      {canOrder && (
        <Link
          to={paths.leadOrder(leadId, {
            model: offer.model,
            trim: offer.trim,
            options: offer.options.map((option) => option.code),
          })}
          className="button-primary"
        >
          {t('intro.order')}
        </Link>
      )}
    </article>
  );
}
